import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { i18n } from '../common/i18n/i18n.ts';
import { sessionQuery } from '../common/session/sessionQuery.ts';
import { createQueryClient } from './queryClient.ts';
import { createConsoleRouter } from './router.tsx';

// The first file loaded holds no UI kit: antd arrives with the first page (AntdRoot), so the
// initial JavaScript stays small.
export function App() {
  const [queryClient] = useState(() => {
    const client = createQueryClient();
    // Who is signed in is the first thing every page needs: ask while the page's code loads.
    if (!window.location.pathname.startsWith('/sign-in')) void client.prefetchQuery(sessionQuery);
    return client;
  });
  const [router] = useState(createConsoleRouter);
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
