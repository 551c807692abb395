import { createBrowserRouter, type RouteObject } from 'react-router'
import { BootLoading } from './BootLoading'

const appRoutes: RouteObject[] = [
  {
    index: true,
    lazy: () => import('@/features/dashboard/routes/DashboardPage').then((m) => ({ Component: m.DashboardPage })),
  },
  {
    path: 'plans',
    lazy: () => import('@/features/plans/routes/PlanListPage').then((m) => ({ Component: m.PlanListPage })),
  },
  {
    path: 'plans/new',
    lazy: () => import('@/features/plans/routes/PlanCreatePage').then((m) => ({ Component: m.PlanCreatePage })),
  },
  {
    path: 'plans/import',
    lazy: () => import('@/features/plan-import/routes/PlanImportPage').then((m) => ({ Component: m.PlanImportPage })),
  },
  {
    path: 'plans/:planId',
    lazy: () => import('@/features/plans/routes/PlanDetailPage').then((m) => ({ Component: m.PlanDetailPage })),
  },
  {
    path: 'plans/:planId/edit',
    lazy: () => import('@/features/plans/routes/PlanEditPage').then((m) => ({ Component: m.PlanEditPage })),
  },
  {
    path: 'plans/:planId/progress',
    lazy: () => import('@/features/progress/routes/PlanProgressPage').then((m) => ({ Component: m.PlanProgressPage })),
  },
  {
    path: 'tasks',
    lazy: () => import('@/features/tasks/routes/TaskListPage').then((m) => ({ Component: m.TaskListPage })),
  },
  {
    path: 'tasks/:taskId',
    lazy: () => import('@/features/tasks/routes/TaskDetailPage').then((m) => ({ Component: m.TaskDetailPage })),
  },
  {
    path: 'plans/:planId/events/new',
    lazy: () => import('@/features/events/routes/EventCreatePage').then((m) => ({ Component: m.EventCreatePage })),
  },
  {
    path: 'events/:eventId',
    lazy: () => import('@/features/events/routes/EventDetailPage').then((m) => ({ Component: m.EventDetailPage })),
  },
  {
    path: 'events/:eventId/edit',
    lazy: () => import('@/features/events/routes/EventEditPage').then((m) => ({ Component: m.EventEditPage })),
  },
  {
    path: 'events/:eventId/quota-matrix',
    lazy: () => import('@/features/quotas/routes/QuotaMatrixPage').then((m) => ({ Component: m.QuotaMatrixPage })),
  },
  {
    path: 'events/:eventId/my-quotas',
    lazy: () => import('@/features/attendees/routes/MyQuotasPage').then((m) => ({ Component: m.MyQuotasPage })),
  },
  {
    path: 'events/:eventId/attendees',
    lazy: () => import('@/features/attendees/routes/EventAttendeesPage').then((m) => ({ Component: m.EventAttendeesPage })),
  },
  {
    path: 'quotas/:quotaId/import',
    lazy: () => import('@/features/attendees/routes/QuotaImportPage').then((m) => ({ Component: m.QuotaImportPage })),
  },
  {
    path: 'events/:eventId/check-in',
    lazy: () => import('@/features/checkin/routes/CheckInPage').then((m) => ({ Component: m.CheckInPage })),
  },
  {
    path: 'campaigns',
    lazy: () => import('@/features/campaigns/routes/CampaignListPage').then((m) => ({ Component: m.CampaignListPage })),
  },
  {
    path: 'campaigns/:campaignId',
    // The campaign page with the contests' tab: the two features meet here.
    lazy: () => import('./routes/CampaignDetailRoute').then((m) => ({ Component: m.CampaignDetailRoute })),
  },
  {
    path: 'contests/:contestId',
    lazy: () => import('@/features/contests/routes/ContestPage').then((m) => ({ Component: m.ContestPage })),
  },
  {
    path: 'referrals',
    lazy: () => import('@/features/referrals/routes/ReferralListPage').then((m) => ({ Component: m.ReferralListPage })),
  },
  {
    path: 'referrals/new',
    lazy: () => import('@/features/referrals/routes/ReferralCreatePage').then((m) => ({ Component: m.ReferralCreatePage })),
  },
  {
    path: 'referrals/escalations',
    lazy: () => import('@/features/referrals/routes/ReferralEscalationsPage').then((m) => ({ Component: m.ReferralEscalationsPage })),
  },
  {
    path: 'referrals/:referralId',
    lazy: () => import('@/features/referrals/routes/ReferralDetailPage').then((m) => ({ Component: m.ReferralDetailPage })),
  },
  {
    path: 'system-clients',
    lazy: () => import('@/features/system-clients/routes/SystemClientListPage').then((m) => ({ Component: m.SystemClientListPage })),
  },
  { path: '*', lazy: () => import('./NotFoundPage').then((m) => ({ Component: m.NotFoundPage })) },
]

/** Pages young people open from a link or a QR code: no account, no application menu. */
const publicRoutes: RouteObject[] = [
  {
    path: '/khung-anh/:publicId',
    lazy: () => import('@/features/campaigns/routes/FramePage').then((m) => ({ Component: m.FramePage })),
  },
  {
    path: '/buc-tuong/:publicId',
    lazy: () => import('@/features/campaigns/routes/WallPage').then((m) => ({ Component: m.WallPage })),
  },
  {
    path: '/trac-nghiem/:publicId',
    lazy: () => import('@/features/campaigns/routes/QuizPage').then((m) => ({ Component: m.QuizPage })),
  },
  {
    path: '/cuoc-thi/:publicId',
    lazy: () => import('@/features/contests/routes/PublicContestPage').then((m) => ({ Component: m.PublicContestPage })),
  },
]

export const routes: RouteObject[] = [
  {
    // antd's configuration for every page, fetched with the first page's code (AntdConfig.tsx); meanwhile the light
    // loading state of index.html.
    lazy: () => import('./AntdConfig').then((m) => ({ Component: m.AntdFrame })),
    hydrateFallbackElement: <BootLoading />,
    children: [
      {
        path: '/login',
        lazy: () => import('@/features/auth/routes/LoginPage').then((m) => ({ Component: m.LoginPage })),
      },
      ...publicRoutes,
      {
        // The frame and its sign-in check load with the page (layout/Shell.tsx): not in the first script.
        lazy: () => import('./layout/Shell').then((m) => ({ Component: m.Shell })),
        children: appRoutes,
      },
    ],
  },
]

export const router = createBrowserRouter(routes)
