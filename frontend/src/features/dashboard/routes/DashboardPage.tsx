import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DueDate } from '@/components/DueDate'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { PlanStatusTag, TaskStatusTag } from '@/components/StatusTag'
import { TargetText } from '@/components/TargetText'
import { MeasuredByTargetsTag } from '@/components/TaskProgress'
import { useMe } from '@/lib/auth/context'
import { TASK_STATUS_FILL, TASK_STATUSES } from '@/lib/status'
import { useMyTasks, useRecentPlans } from '../api/dashboard'
import { countByStatus, openTasksByUrgency, plansITakePartIn } from '../utils'

export function DashboardPage() {
  const { t } = useTranslation()
  const me = useMe()
  const tasks = useMyTasks(me.organization?.id)
  const plans = useRecentPlans()

  const allTasks = tasks.data?.items ?? []
  const open = openTasksByUrgency(allTasks)
  const counts = countByStatus(allTasks)
  const myPlans = plans.data ? plansITakePartIn(plans.data.items, me) : []

  return (
    <>
      <PageTitle
        title={t('dashboard.greeting', { name: me.fullName })}
        sub={<Typography.Text type="secondary">{me.organization?.name}</Typography.Text>}
      />
      {me.organization && (
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          {TASK_STATUSES.map((s) => (
            <Col key={s} xs={12} sm={8} xl={{ flex: '1 1 0' }}>
              <Card size="small" style={{ borderTop: `3px solid ${TASK_STATUS_FILL[s].bg}`, height: '100%' }}>
                <Statistic
                  title={t(`enums.taskStatus.${s}`)}
                  value={tasks.isPending ? '–' : counts[s]}
                  data-testid={`count-${s}`}
                />
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('dashboard.dueTitle')} data-testid="due-tasks">
            {!me.organization ? (
              <EmptyState description={t('dashboard.noOrganization')} />
            ) : tasks.isPending ? (
              <LoadingState />
            ) : tasks.isError ? (
              <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
            ) : open.length === 0 ? (
              <EmptyState description={t('dashboard.nothingDue')} />
            ) : (
              <Flex vertical gap={0} role="list">
                {open.map((task) => (
                  <div
                    key={task.id}
                    role="listitem"
                    data-testid="due-task"
                    style={{ padding: '12px 0', borderBottom: '1px solid #f0f0f0' }}
                  >
                    <Flex justify="space-between" align="start" gap={8} wrap>
                      <Link to={`/tasks/${task.id}`} style={{ flex: '1 1 240px', minWidth: 0 }}>
                        {task.label && <strong>{`${task.label}. `}</strong>}
                        {task.text}
                      </Link>
                      <TaskStatusTag status={task.status} />
                    </Flex>
                    <Flex gap={12} wrap style={{ marginTop: 4, fontSize: 13 }}>
                      <Typography.Text type="secondary">
                        {t('task.ofPlanShort', { reference: task.planReference })}
                      </Typography.Text>
                      <DueDate dueDate={task.dueDate} status={task.status} />
                      {task.target && (
                        <Typography.Text type="secondary">
                          <TargetText target={task.target} />
                        </Typography.Text>
                      )}
                      <MeasuredByTargetsTag task={task} />
                    </Flex>
                  </div>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('dashboard.plansTitle')} extra={<Link to="/plans">{t('common.viewAll')}</Link>} data-testid="my-plans">
            {plans.isPending ? (
              <LoadingState />
            ) : plans.isError ? (
              <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
            ) : myPlans.length === 0 ? (
              <EmptyState description={t('dashboard.noPlans')} />
            ) : (
              <Flex vertical role="list">
                {myPlans.map((p) => (
                  <div key={p.id} role="listitem" style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
                    <Link to={`/plans/${p.id}`}>
                      <Typography.Text strong>{p.title}</Typography.Text>
                    </Link>
                    <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
                      <Typography.Text type="secondary">{p.reference}</Typography.Text>
                      <PlanStatusTag status={p.status} />
                      {p.myTaskCount > 0 && <Tag color="gold">{t('plan.myTaskCount', { count: p.myTaskCount })}</Tag>}
                      {p.standingOrganization?.id === me.organization?.id && (
                        <Tag color="purple">{t('dashboard.standingRole')}</Tag>
                      )}
                    </Flex>
                  </div>
                ))}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
    </>
  )
}
