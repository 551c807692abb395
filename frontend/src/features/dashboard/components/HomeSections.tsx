import { Flex, Tag, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DueDate } from '@/components/DueDate'
import { EmptyState } from '@/components/States'
import { PlanStatusTag, TaskStatusTag } from '@/components/StatusTag'
import type { Home, HomeTask } from '@/lib/api/types'
import { formatDate, formatDateTime, formatPercent } from '@/lib/format'
import { ShareLinks } from './ShareLinks'

const ITEM_STYLE = { padding: '10px 0', borderBottom: '1px solid #f0f0f0' } as const

/** A list of items, or the empty state that says what is fine. */
function Items({ empty, children, testId }: { empty: string; children: ReactNode[]; testId?: string }) {
  if (children.length === 0) return <EmptyState description={empty} />
  return (
    <Flex vertical role="list" data-testid={testId}>
      {children.map((c, i) => (
        <div key={i} role="listitem" style={ITEM_STYLE}>
          {c}
        </div>
      ))}
    </Flex>
  )
}

function Secondary({ children }: { children: ReactNode }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>
}

/** "còn 3 ngày", "hôm nay", "quá hạn 2 ngày". */
function DaysLeft({ days }: { days: number }) {
  const { t } = useTranslation()
  if (days < 0) return <Typography.Text type="danger">{t('home.daysOverdue', { count: -days })}</Typography.Text>
  if (days === 0) return <Typography.Text type="warning">{t('home.today')}</Typography.Text>
  return <Typography.Text type={days <= 3 ? 'warning' : 'secondary'}>{t('home.daysLeft', { count: days })}</Typography.Text>
}

export function PlansByStatusSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <Flex gap={12} wrap style={{ paddingTop: 8 }}>
      {home.plansByStatus.length === 0 && <EmptyState description={t('home.empty.plans')} />}
      {home.plansByStatus.map((c) => (
        <Link key={c.status} to={c.link} data-testid={`plans-${c.status}`}>
          <Flex vertical align="center" style={{ minWidth: 96, padding: 8, border: '1px solid #f0f0f0', borderRadius: 6 }}>
            <Typography.Text strong style={{ fontSize: 22 }}>
              {c.count}
            </Typography.Text>
            <PlanStatusTag status={c.status} />
          </Flex>
        </Link>
      ))}
    </Flex>
  )
}

export function LaggardsSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <Items empty={t('home.empty.laggards')}>
      {home.laggards.map((p) => (
        <div key={p.planId} data-testid="lagging-plan">
          <Flex justify="space-between" gap={8} wrap>
            <Typography.Text strong>{`${p.reference} — ${p.title}`}</Typography.Text>
            <Link to={p.link} data-testid="lagging-open">
              {p.canRemind ? t('home.openToUrge', { count: p.laggingCount }) : t('home.openProgress')}
            </Link>
          </Flex>
          <Secondary>{t('home.laggingOf', { count: p.laggingCount, total: p.agencyCount })}</Secondary>
          <Flex gap={6} wrap style={{ marginTop: 4 }}>
            {p.agencies.map((a) => (
              <Tag key={a.organization.id} color={a.overdue > 0 ? 'red' : 'gold'}>
                {a.overdue > 0
                  ? t('home.agencyOverdue', { name: a.organization.name, count: a.overdue })
                  : t('home.agencyOpen', { name: a.organization.name, count: a.notDone })}
              </Tag>
            ))}
          </Flex>
        </div>
      ))}
    </Items>
  )
}

function TaskItem({ task, showLead }: { task: HomeTask; showLead?: boolean }) {
  const { t } = useTranslation()
  return (
    <div data-testid="due-task">
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Link to={task.link} style={{ flex: '1 1 240px', minWidth: 0 }}>
          {task.label && <strong>{`${task.label}. `}</strong>}
          {task.text}
        </Link>
        <TaskStatusTag status={task.status} />
      </Flex>
      <Flex gap={12} wrap style={{ marginTop: 4, fontSize: 13 }}>
        <Secondary>{t('task.ofPlanShort', { reference: task.planReference })}</Secondary>
        {showLead && <Secondary>{task.leadOrganization.name}</Secondary>}
        <DueDate dueDate={task.dueDate} status={task.status} />
      </Flex>
    </div>
  )
}

export function DeadlinesSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <Items empty={t('home.empty.deadlines')}>
      {home.deadlinesThisWeek.map((task) => (
        <TaskItem key={task.taskId} task={task} showLead />
      ))}
    </Items>
  )
}

export function MyTasksSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <>
      <Items empty={t('home.empty.myTasks')}>
        {home.myTasks.map((task) => (
          <TaskItem key={task.taskId} task={task} />
        ))}
      </Items>
      <Flex justify="end" style={{ marginTop: 8 }}>
        <Link to="/tasks">{t('common.viewAll')}</Link>
      </Flex>
    </>
  )
}

export function QuotaFillSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <Items empty={t('home.empty.quotaFill')}>
      {home.quotaFill.map((e) => (
        <div key={e.eventId} data-testid="event-fill">
          <Flex justify="space-between" gap={8} wrap>
            <Link to={e.link}>{e.title}</Link>
            <Typography.Text strong>{t('home.fill', { submitted: e.submitted, quota: e.quota })}</Typography.Text>
          </Flex>
          <Flex gap={12} wrap style={{ fontSize: 13 }}>
            <Secondary>{formatDateTime(e.startsAt)}</Secondary>
            <DaysLeft days={e.daysLeft} />
            {e.toUrge > 0 && <Tag color="gold">{t('home.toUrge', { count: e.toUrge })}</Tag>}
            {e.pastDeadline > 0 && <Tag color="red">{t('home.pastDeadline', { count: e.pastDeadline })}</Tag>}
          </Flex>
        </div>
      ))}
    </Items>
  )
}

export function TargetsBehindSection({ home }: { home: Home }) {
  const { t, i18n } = useTranslation()
  return (
    <Items empty={t('home.empty.targets')}>
      {home.targetsBehind.map((c) => (
        <div key={c.campaignId} data-testid="campaign-behind">
          <Flex justify="space-between" gap={8} wrap>
            <Link to={c.link}>{c.name}</Link>
            <Secondary>{t('home.targetsBehind', { count: c.behind.length, total: c.targetCount })}</Secondary>
          </Flex>
          {c.behind.length === 0 ? (
            <Typography.Text type="success">{t('home.allTargetsReached')}</Typography.Text>
          ) : (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {c.behind.map((i) => (
                <li key={i.targetId}>
                  {i.name}: <strong>{formatPercent(i.value, i18n.language)}</strong>{' '}
                  <Secondary>{t('indicator.goal', { value: formatPercent(i.goalPercent, i18n.language) })}</Secondary>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </Items>
  )
}

export function ReferralsSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  const r = home.referrals
  if (!r) return null
  return (
    <>
      <Items empty={t('home.empty.referrals')}>
        {r.items.map((item) => (
          <Flex key={item.id} justify="space-between" gap={8} wrap>
            <Link to={item.link}>{item.code}</Link>
            <Secondary>{formatDateTime(item.openedAt)}</Secondary>
            <Tag>{t(`enums.referralStatus.${item.status}`)}</Tag>
          </Flex>
        ))}
      </Items>
      <Flex justify="end" style={{ marginTop: 8 }}>
        <Link to={r.link}>{t('home.referralsWaiting', { count: r.waiting })}</Link>
      </Flex>
    </>
  )
}

export function MyQuotasSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <Items empty={t('home.empty.myQuotas')}>
      {home.myQuotas.map((q) => (
        <div key={q.quotaId} data-testid="my-quota">
          <Flex justify="space-between" gap={8} wrap>
            <Link to={q.link}>{`${q.eventTitle} — ${q.category}`}</Link>
            <Typography.Text strong>{t('home.fill', { submitted: q.filled, quota: q.count ?? '∞' })}</Typography.Text>
          </Flex>
          <Flex gap={12} wrap style={{ fontSize: 13 }}>
            <Secondary>{t('home.deadline', { date: formatDateTime(q.deadline) })}</Secondary>
            {q.state === 'FULL' ? (
              <Typography.Text type="success">{t('matrix.tone.full')}</Typography.Text>
            ) : q.state === 'OVERDUE' || q.state === 'LOCKED' ? (
              <Typography.Text type="danger">{t('home.quotaClosed')}</Typography.Text>
            ) : (
              <DaysLeft days={q.daysLeft} />
            )}
          </Flex>
        </div>
      ))}
    </Items>
  )
}

export function RemindersSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <Items empty={t('home.empty.reminders')}>
      {home.reminders.map((n) => (
        <div key={n.id}>
          {n.link ? <Link to={n.link}>{n.title}</Link> : <Typography.Text>{n.title}</Typography.Text>}
          <div>
            <Secondary>{formatDateTime(n.createdAt)}</Secondary>
          </div>
        </div>
      ))}
    </Items>
  )
}

export function MyCampaignsSection({ home }: { home: Home }) {
  const { t, i18n } = useTranslation()
  return (
    <Items empty={t('home.empty.campaigns')}>
      {home.myCampaigns.map((c) => (
        <div key={c.campaignId} data-testid="unit-campaign">
          <Flex justify="space-between" gap={8} wrap>
            <Link to={c.link}>{c.name}</Link>
            <Secondary>{t('home.asUnit', { name: c.unit.name })}</Secondary>
          </Flex>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('home.myFigures')}
          </Typography.Title>
          {c.indicators.length === 0 ? (
            <EmptyState description={t('home.empty.indicators')} />
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="unit-figures">
              {c.indicators.map((i) => (
                <li key={i.targetId}>
                  {i.name}: <strong>{formatPercent(i.value, i18n.language)}</strong>{' '}
                  <Secondary>{t('indicator.goal', { value: formatPercent(i.goalPercent, i18n.language) })}</Secondary>{' '}
                  {i.reached && <Tag color="green">{t('indicator.reached')}</Tag>}
                </li>
              ))}
            </ul>
          )}
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('home.shareTitle')}
          </Typography.Title>
          <ShareLinks links={c.share} />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('home.consentTitle')}
          </Typography.Title>
          {c.consent.length === 0 ? (
            <Typography.Text type="success">{t('home.empty.consent')}</Typography.Text>
          ) : (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {c.consent.map((k) => (
                <li key={k.contestId}>
                  <Link to={k.link}>{t('home.consentWaiting', { title: k.title, count: k.awaiting })}</Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </Items>
  )
}

export function JudgingSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <Items empty={t('home.empty.judging')}>
      {home.toScore.map((j) => (
        <div key={j.contestId} data-testid="judging">
          <Link to={j.link}>{j.title}</Link>
          <Flex gap={12} wrap style={{ fontSize: 13 }}>
            <Typography.Text strong={j.scored < j.assigned}>{t('home.scored', { scored: j.scored, count: j.assigned })}</Typography.Text>
            <Secondary>{t('home.closes', { date: formatDate(j.closesAt) })}</Secondary>
          </Flex>
        </div>
      ))}
    </Items>
  )
}

export function RecentPlansSection({ home }: { home: Home }) {
  const { t } = useTranslation()
  return (
    <>
      <Items empty={t('dashboard.noPlans')} testId="my-plans">
        {home.recentPlans.map((p) => (
          <div key={p.id}>
            <Link to={`/plans/${p.id}`}>
              <Typography.Text strong>{p.title}</Typography.Text>
            </Link>
            <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
              <Secondary>{p.reference}</Secondary>
              <PlanStatusTag status={p.status} />
              {p.myTaskCount > 0 && <Tag color="gold">{t('plan.myTaskCount', { count: p.myTaskCount })}</Tag>}
            </Flex>
          </div>
        ))}
      </Items>
      <Flex justify="end" style={{ marginTop: 8 }}>
        <Link to="/plans">{t('common.viewAll')}</Link>
      </Flex>
    </>
  )
}
