import { createBrowserRouter, type RouteObject } from 'react-router';
import { consolePaths } from './consolePaths.ts';
import { PageLoadFailure } from './PageLoadFailure.tsx';

const page = <Name extends string>(
  load: () => Promise<Record<Name, React.ComponentType>>,
  name: Name,
) => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

const errorPage = {
  ErrorBoundary: PageLoadFailure,
};

// Every page loads with its route, so the first screen carries only what it shows.
export const consoleRoutes: RouteObject[] = [
  // The sign-in page needs no UI kit: it shows with the entry file alone.
  {
    path: consolePaths.signIn,
    ...errorPage,
    ...page(() => import('../features/signIn/SignInPage.tsx'), 'SignInPage'),
  },
  {
    ...errorPage,
    lazy: async () => {
      const [{ AntdRoot }, { RouteErrorPage }] = await Promise.all([
        import('./AntdRoot.tsx'),
        import('./RouteErrorPage.tsx'),
      ]);
      return { Component: AntdRoot, ErrorBoundary: RouteErrorPage };
    },
    children: [
      {
        path: '/',
        ...page(() => import('./RequireSession.tsx'), 'RequireSession'),
        children: [
          {
            ...page(() => import('../features/shell/Frame.tsx'), 'Frame'),
            children: [
              {
                index: true,
                ...page(() => import('../features/shell/HomeByRole.tsx'), 'HomeByRole'),
              },
              {
                path: consolePaths.myPatch,
                ...page(() => import('../features/myPatch/MyPatchPage.tsx'), 'MyPatchPage'),
              },
              {
                path: consolePaths.caseBoard,
                ...page(() => import('../features/caseBoard/CaseBoardPage.tsx'), 'CaseBoardPage'),
              },
              {
                path: consolePaths.meetings,
                ...page(() => import('../features/meetings/MeetingsPage.tsx'), 'MeetingsPage'),
              },
              {
                path: consolePaths.case,
                ...page(() => import('../features/caseView/CaseViewPage.tsx'), 'CaseViewPage'),
              },
              {
                path: consolePaths.figures,
                ...page(() => import('../features/figures/FiguresPage.tsx'), 'FiguresPage'),
              },
              {
                path: consolePaths.figuresWeeklySweep,
                ...page(() => import('../features/figures/PrintPages.tsx'), 'WeeklySweepPage'),
              },
              {
                path: consolePaths.figuresMonthlyAnalysis,
                ...page(() => import('../features/figures/PrintPages.tsx'), 'MonthlyAnalysisPage'),
              },
              {
                path: consolePaths.audit,
                ...page(() => import('../features/audit/AuditLogPage.tsx'), 'AuditLogPage'),
              },
              {
                path: consolePaths.auditCase,
                ...page(() => import('../features/audit/CaseReplayPage.tsx'), 'CaseReplayPage'),
              },
              {
                path: consolePaths.auditCaseFile,
                ...page(() => import('../features/audit/CaseFilePage.tsx'), 'CaseFilePage'),
              },
              {
                path: consolePaths.auditFigures,
                ...page(() => import('../features/audit/FiguresCheckPage.tsx'), 'FiguresCheckPage'),
              },
              {
                path: consolePaths.escalations,
                ...page(
                  () => import('../features/escalations/EscalationsPage.tsx'),
                  'EscalationsPage',
                ),
              },
              {
                path: consolePaths.departments,
                ...page(
                  () => import('../features/departments/DepartmentsPage.tsx'),
                  'DepartmentsPage',
                ),
              },
              {
                path: '*',
                ...page(() => import('../features/notFound/NotFoundPage.tsx'), 'NotFoundPage'),
              },
            ],
          },
        ],
      },
    ],
  },
];

export const createConsoleRouter = () => createBrowserRouter(consoleRoutes);
