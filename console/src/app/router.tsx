import { createBrowserRouter, type RouteObject } from 'react-router';
import { consolePaths } from './consolePaths.ts';
import { PageLoadFailure } from './PageLoadFailure.tsx';

type PageModule<Name extends string> = Record<Name, React.ComponentType>;

/** A page in plain markup: it loads no UI kit of its own. */
const plainPage = <Name extends string>(load: () => Promise<PageModule<Name>>, name: Name) => ({
  lazy: async () => ({ Component: (await load())[name] }),
});

/** A page drawn with antd: antd's settings (theme, locale) load with it. */
const page = <Name extends string>(load: () => Promise<PageModule<Name>>, name: Name) => ({
  lazy: async () => {
    const [{ AntdSettings }, module] = await Promise.all([
      import('../common/ui/AntdSettings.tsx'),
      load(),
    ]);
    const Page: React.ComponentType = module[name];
    return {
      Component: () => (
        <AntdSettings>
          <Page />
        </AntdSettings>
      ),
    };
  },
});

const errorPage = {
  ErrorBoundary: PageLoadFailure,
};

// Every page loads with its route, so the first screen carries only what it shows. The
// sign-in page, the frame and My patch (a grid worker's phone) are plain markup: antd's core
// arrives with the first page, form or dialog that uses it.
export const consoleRoutes: RouteObject[] = [
  // The sign-in page needs no UI kit: it shows with the entry file alone.
  {
    path: consolePaths.signIn,
    ...errorPage,
    ...plainPage(() => import('../features/signIn/SignInPage.tsx'), 'SignInPage'),
  },
  {
    ...errorPage,
    children: [
      {
        path: '/',
        ...plainPage(() => import('./RequireSession.tsx'), 'RequireSession'),
        children: [
          {
            ...plainPage(() => import('../features/shell/Frame.tsx'), 'Frame'),
            children: [
              {
                index: true,
                ...plainPage(() => import('../features/shell/HomeByRole.tsx'), 'HomeByRole'),
              },
              {
                path: consolePaths.myPatch,
                ...plainPage(() => import('../features/myPatch/MyPatchPage.tsx'), 'MyPatchPage'),
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
