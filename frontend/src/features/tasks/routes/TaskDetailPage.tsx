import { App, Breadcrumb, Card, Col, Descriptions, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { DueDate } from '@/components/DueDate'
import { PageTitle } from '@/components/PageTitle'
import { ErrorState, LoadingState } from '@/components/States'
import { TaskStatusTag } from '@/components/StatusTag'
import { TargetText } from '@/components/TargetText'
import { TaskProgress } from '@/components/TaskProgress'
import type { Task } from '@/lib/api/types'
import { formatDate } from '@/lib/format'
import { useTask } from '../api/tasks'
import { ProgressReportForm } from '../components/ProgressReportForm'
import { ProgressReportList } from '../components/ProgressReportList'
import { CampaignIndicatorLinks } from '../components/MeasuredByTargetsNote'

export function TaskDetailPage() {
  const { taskId } = useParams()
  const task = useTask(Number(taskId))
  if (task.isPending) return <LoadingState />
  if (task.isError) return <ErrorState error={task.error} onRetry={() => void task.refetch()} />
  return <TaskDetail task={task.data} />
}

function TaskDetail({ task }: { task: Task }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const title = task.label ? t('task.titleWithLabel', { label: task.label }) : t('task.title')

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[
          { title: <Link to="/plans">{t('nav.plans')}</Link> },
          { title: <Link to={`/plans/${task.planId}`}>{task.planReference}</Link> },
          { title },
        ]}
      />
      <PageTitle
        title={title}
        sub={
          <Link to={`/plans/${task.planId}`}>
            <Typography.Text type="secondary">
              {t('task.ofPlan', { reference: task.planReference, title: task.planTitle })}
            </Typography.Text>
          </Link>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('task.details')}>
            <Typography.Paragraph style={{ fontSize: 16, whiteSpace: 'pre-line' }} data-testid="task-text">
              {task.text}
            </Typography.Paragraph>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'status', label: t('task.status'), children: <TaskStatusTag status={task.status} /> },
                { key: 'lead', label: t('task.leadOrganization'), children: task.leadOrganization.name },
                ...(task.cooperatingOrganizations.length > 0
                  ? [
                      {
                        key: 'coop',
                        label: t('task.cooperatingOrganizations'),
                        children: task.cooperatingOrganizations.map((o) => o.name).join('; '),
                      },
                    ]
                  : []),
                { key: 'due', label: t('task.dueDate'), children: <DueDate dueDate={task.dueDate} status={task.status} /> },
                ...(task.target
                  ? [{ key: 'target', label: t('task.target'), children: <TargetText target={task.target} /> }]
                  : []),
                { key: 'progress', label: t('task.progress'), children: <TaskProgress task={task} size="medium" /> },
                ...(task.measuredByTargets
                  ? [{ key: 'measured', label: t('task.measured.source'), children: <CampaignIndicatorLinks task={task} /> }]
                  : []),
                {
                  key: 'last',
                  label: t('task.lastReportDate'),
                  children: formatDate(task.lastReportDate) || t('task.noReportYet'),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          {task.permissions.canReport ? (
            <Card title={t('report.addTitle')}>
              <ProgressReportForm task={task} onDone={() => void message.success(t('report.added'))} />
            </Card>
          ) : task.permissions.canContribute ? (
            <Card title={t('report.contributionTitle')}>
              <ProgressReportForm task={task} onDone={() => void message.success(t('report.contributionAdded'))} />
            </Card>
          ) : (
            <Card>
              <Typography.Text type="secondary">{t('report.cannotReport')}</Typography.Text>
            </Card>
          )}
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('report.listTitle', { count: task.reportCount })}>
            <ProgressReportList task={task} />
          </Card>
        </Col>
      </Row>
    </>
  )
}
