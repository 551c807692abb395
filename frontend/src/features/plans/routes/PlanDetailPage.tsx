import {
  BarChartOutlined,
  CheckCircleOutlined,
  EditOutlined,
  FlagOutlined,
  PlusOutlined,
  SendOutlined,
  StopOutlined,
} from '@ant-design/icons'
import { App, Breadcrumb, Button, Card, Descriptions, Tabs, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { ErrorState, LoadingState } from '@/components/States'
import { useErrorText } from '@/components/useErrorText'
import { PageTitle } from '@/components/PageTitle'
import { PlanStatusTag } from '@/components/StatusTag'
import { isApiError } from '@/lib/api/problem'
import type { Plan, Task } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { formatDate, formatDateTime } from '@/lib/format'
import { usePlan, usePlanTasks } from '@/lib/queries/plans'
import { useClosePlan, useDeleteTask, usePlanEvents } from '../api/plans'
import { CancelPlanModal } from '../components/CancelPlanModal'
import { IssuePlanModal } from '../components/IssuePlanModal'
import { PlanDocument } from '../components/PlanDocument'
import { PlanEventsList } from '../components/PlanEventsList'
import { PlanReportsCard } from '../components/PlanReportsCard'
import { PlanTasksTable } from '../components/PlanTasksTable'
import { TaskFormModal } from '../components/TaskFormModal'

export function PlanDetailPage() {
  const { planId } = useParams()
  const id = Number(planId)
  const plan = usePlan(id)

  if (plan.isPending) return <LoadingState />
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
  return <PlanDetail plan={plan.data} />
}

const TABS = ['tasks', 'events', 'document'] as const

type Dialog = { kind: 'issue' } | { kind: 'cancel' } | { kind: 'task'; task: Task | null } | null

function PlanDetail({ plan }: { plan: Plan }) {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const me = useMe()
  const tasks = usePlanTasks(plan.id)
  const events = usePlanEvents(plan.id)
  const close = useClosePlan(plan.id)
  const deleteTask = useDeleteTask(plan.id)
  const [dialog, setDialog] = useState<Dialog>(null)
  const [searchParams] = useSearchParams()
  // ?tab=events opens the events (the event pages link back there).
  const [tab, setTab] = useState<string>(
    () => TABS.find((k) => k === searchParams.get('tab')) ?? (plan.status === 'DRAFT' ? 'document' : 'tasks'),
  )
  const tasksError = useErrorText(tasks.error)
  const p = plan.permissions
  const myOrgId = me.organization?.id
  const taskItems = tasks.data?.items ?? []
  const myCount = taskItems.filter((task) => task.leadOrganization.id === myOrgId).length
  const canSeeProgress = p.canSeeProgress && plan.status !== 'DRAFT'
  // Events are added by the plan's managers while it is a draft (its issuer) or issued (issuer
  // and standing agency): the same people who may edit the draft or urge on the issued plan.
  const canAddEvents = p.canEdit || p.canRemind

  const confirmClose = () =>
    modal.confirm({
      title: t('plan.closeTitle', { reference: plan.reference }),
      content: t('plan.closeConfirm'),
      okText: t('plan.close'),
      cancelText: t('common.back'),
      onOk: async () => {
        try {
          await close.mutateAsync()
          void message.success(t('plan.closed'))
        } catch (e) {
          void message.error(isApiError(e) ? e.problem.title : t('errors.unexpected'))
        }
      },
    })

  const removeTask = async (task: Task) => {
    try {
      await deleteTask.mutateAsync(task)
      void message.success(t('task.deleted'))
    } catch (e) {
      void message.error(isApiError(e) ? e.problem.title : t('errors.unexpected'))
    }
  }

  const actions = [
    p.canEdit && (
      <Link key="edit" to={`/plans/${plan.id}/edit`}>
        <Button icon={<EditOutlined />}>{t('plan.edit')}</Button>
      </Link>
    ),
    p.canAddTasks && (
      <Button key="task" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'task', task: null })}>
        {t('task.add')}
      </Button>
    ),
    canSeeProgress && (
      <Link key="progress" to={`/plans/${plan.id}/progress`}>
        <Button icon={<BarChartOutlined />}>{t('progress.open')}</Button>
      </Link>
    ),
    <Link key="campaigns" to={`/campaigns?planId=${plan.id}`}>
      <Button icon={<FlagOutlined />}>{t('plan.campaigns')}</Button>
    </Link>,
    p.canIssue && (
      <Button key="issue" type="primary" icon={<SendOutlined />} onClick={() => setDialog({ kind: 'issue' })}>
        {t('plan.issue')}
      </Button>
    ),
    p.canClose && (
      <Button key="close" icon={<CheckCircleOutlined />} onClick={confirmClose}>
        {t('plan.close')}
      </Button>
    ),
    p.canCancel && (
      <Button key="cancel" danger icon={<StopOutlined />} onClick={() => setDialog({ kind: 'cancel' })}>
        {t('plan.cancelPlan')}
      </Button>
    ),
  ].filter(Boolean)

  const period =
    plan.startDate || plan.endDate ? `${formatDate(plan.startDate)} – ${formatDate(plan.endDate)}` : undefined

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[{ title: <Link to="/plans">{t('nav.plans')}</Link> }, { title: plan.reference }]}
      />
      <PageTitle
        title={plan.title}
        sub={
          <>
            <PlanStatusTag status={plan.status} />
            <Typography.Text type="secondary" data-testid="plan-heading-reference">
              {t('doc.number', { reference: plan.reference })}
            </Typography.Text>
          </>
        }
        extra={actions}
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'issuer', label: t('plan.issuingOrganization'), children: plan.issuingOrganization.name },
            {
              key: 'standing',
              label: t('plan.standingOrganization'),
              children: plan.standingOrganization?.name ?? t('common.none'),
            },
            { key: 'issueDate', label: t('plan.issueDate'), children: formatDate(plan.issueDate) || t('common.none') },
            ...(period ? [{ key: 'period', label: t('plan.period'), children: period }] : []),
            { key: 'updated', label: t('plan.updatedAt'), children: formatDateTime(plan.updatedAt) },
            ...(myOrgId !== undefined && myCount > 0
              ? [{ key: 'mine', label: t('plan.myTasks'), children: t('plan.myTaskCount', { count: myCount }) }]
              : []),
          ]}
        />
      </Card>
      {canSeeProgress && <PlanReportsCard planId={plan.id} events={events.data?.items ?? []} />}
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'tasks',
              label: t('plan.tasksTab', { count: tasks.data?.total ?? 0 }),
              children: tasks.isError ? (
                <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
              ) : (
                <PlanTasksTable
                  tasks={taskItems}
                  loading={tasks.isPending}
                  myOrganizationId={myOrgId}
                  editable={p.canAddTasks}
                  onEdit={(task) => setDialog({ kind: 'task', task })}
                  onDelete={(task) => void removeTask(task)}
                />
              ),
            },
            {
              key: 'events',
              label: events.data ? t('plan.eventsTabCount', { count: events.data.total }) : t('plan.eventsTab'),
              children: <PlanEventsList planId={plan.id} canAdd={canAddEvents} />,
            },
            {
              key: 'document',
              label: t('plan.documentTab'),
              children: (
                <>
                  {tasks.isError && <Typography.Text type="danger">{tasksError.title}</Typography.Text>}
                  <PlanDocument plan={plan} tasks={taskItems} />
                </>
              ),
            },
          ]}
        />
      </Card>

      <IssuePlanModal
        plan={plan}
        open={dialog?.kind === 'issue'}
        onClose={() => setDialog(null)}
        onIssued={(issued) => {
          setDialog(null)
          setTab('tasks')
          void message.success(t('plan.issued', { reference: issued.reference, date: formatDate(issued.issueDate) }))
        }}
      />
      <CancelPlanModal
        plan={plan}
        open={dialog?.kind === 'cancel'}
        onClose={() => setDialog(null)}
        onCancelled={() => {
          setDialog(null)
          void message.success(t('plan.cancelled'))
        }}
      />
      <TaskFormModal
        key={dialog?.kind === 'task' ? (dialog.task?.id ?? 'new') : 'closed'}
        plan={plan}
        task={dialog?.kind === 'task' ? dialog.task : null}
        open={dialog?.kind === 'task'}
        onClose={() => setDialog(null)}
        onSaved={() => {
          setDialog(null)
          setTab('tasks')
          void message.success(t('task.saved'))
        }}
      />
    </>
  )
}
