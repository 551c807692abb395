import { Card, Col, Row, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { PageTitle } from '@/components/PageTitle'
import { ErrorState, LoadingState } from '@/components/States'
import type { Home, HomeSection } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { useHome } from '../api/home'
import {
  DeadlinesSection,
  JudgingSection,
  LaggardsSection,
  MyCampaignsSection,
  MyQuotasSection,
  MyTasksSection,
  PlansByStatusSection,
  QuotaFillSection,
  RecentPlansSection,
  ReferralsSection,
  RemindersSection,
  TargetsBehindSection,
} from '../components/HomeSections'

/** Each section of the home: what it shows, how wide it is. */
const SECTIONS: Record<HomeSection, { render: (home: Home) => ReactNode; wide?: boolean }> = {
  PLANS_BY_STATUS: { render: (h) => <PlansByStatusSection home={h} /> },
  LAGGARDS: { render: (h) => <LaggardsSection home={h} />, wide: true },
  DEADLINES_THIS_WEEK: { render: (h) => <DeadlinesSection home={h} /> },
  QUOTA_FILL: { render: (h) => <QuotaFillSection home={h} /> },
  TARGETS_BEHIND: { render: (h) => <TargetsBehindSection home={h} />, wide: true },
  REFERRALS_WAITING: { render: (h) => <ReferralsSection home={h} /> },
  MY_TASKS: { render: (h) => <MyTasksSection home={h} />, wide: true },
  MY_QUOTAS: { render: (h) => <MyQuotasSection home={h} /> },
  MY_REMINDERS: { render: (h) => <RemindersSection home={h} /> },
  MY_CAMPAIGNS: { render: (h) => <MyCampaignsSection home={h} />, wide: true },
  TO_SCORE: { render: (h) => <JudgingSection home={h} /> },
  RECENT_PLANS: { render: (h) => <RecentPlansSection home={h} /> },
}

/** The home: what the signed-in person has to do today, in the sections that concern its roles (GET /api/me/home). */
export function DashboardPage() {
  const { t } = useTranslation()
  const me = useMe()
  const home = useHome()

  let body: ReactNode
  if (home.isPending) body = <LoadingState />
  else if (home.isError) body = <ErrorState error={home.error} onRetry={() => void home.refetch()} />
  else
    body = (
      <Row gutter={[16, 16]}>
        {home.data.sections.map((s) => (
          <Col key={s} xs={24} lg={SECTIONS[s].wide ? 24 : 12}>
            <Card title={t(`home.section.${s}`)} data-testid={`home-${s}`} size="small" styles={{ body: { paddingTop: 4 } }}>
              {SECTIONS[s].render(home.data)}
            </Card>
          </Col>
        ))}
      </Row>
    )

  return (
    <>
      <PageTitle
        title={t('dashboard.greeting', { name: me.fullName })}
        sub={<Typography.Text type="secondary">{me.organization?.name ?? t('dashboard.noOrganization')}</Typography.Text>}
      />
      {body}
    </>
  )
}
