import { Card, Flex, Grid, Input, Select, Switch, Typography, type TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ResponsiveTable } from '@/components/ResponsiveTable'
import { DueDate } from '@/components/DueDate'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState } from '@/components/States'
import { TaskStatusTag } from '@/components/StatusTag'
import { TaskProgress } from '@/components/TaskProgress'
import type { Task, TaskStatus } from '@/lib/api/types'
import { showsAllByDefault } from '../scope'
import { useMe } from '@/lib/auth/context'
import { TASK_STATUSES } from '@/lib/status'
import { useTasks } from '../api/tasks'
import { useUrlParams } from '@/lib/useUrlParams'

const PAGE_SIZE = 20

export function TaskListPage() {
  const { t } = useTranslation()
  const me = useMe()
  const compact = !Grid.useBreakpoint().sm
  const [params, update] = useUrlParams()
  const q = params.get('q') ?? ''
  const status = TASK_STATUSES.find((s) => s === params.get('status'))
  const page = Math.max(1, Number(params.get('page')) || 1)
  const myOrg = me.organization?.id
  const all = showsAllByDefault(params.get('scope'), params.get('all'), me)
  const filters = { status, q: q || undefined }
  const tasks = useTasks({
    organization: all ? undefined : myOrg,
    ...filters,
    page,
    size: PAGE_SIZE,
    sort: 'dueDate',
  })
  // the other side of the switch, counted only: the hint says what the switch hides or adds
  const other = useTasks({ organization: all ? myOrg : undefined, ...filters, page: 1, size: 1 }, myOrg !== undefined)


  const columns: TableProps<Task>['columns'] = [
    {
      title: t('task.text'),
      dataIndex: 'text',
      render: (_, task) => (
        <Flex vertical gap={2}>
          <Link to={`/tasks/${task.id}`}>
            {task.label && <strong>{`${task.label}. `}</strong>}
            {task.text}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('task.ofPlanShort', { reference: task.planReference })}
          </Typography.Text>
          {compact && (
            <Flex gap={8} wrap align="center">
              <TaskStatusTag status={task.status} />
              <DueDate dueDate={task.dueDate} status={task.status} />
            </Flex>
          )}
        </Flex>
      ),
    },
    {
      title: t('task.leadOrganization'),
      dataIndex: 'leadOrganization',
      responsive: ['md'],
      render: (_, task) => task.leadOrganization.name,
    },
    {
      title: t('task.dueDate'),
      dataIndex: 'dueDate',
      width: 150,
      responsive: ['sm'],
      render: (_, task) => <DueDate dueDate={task.dueDate} status={task.status} />,
    },
    {
      title: t('task.status'),
      dataIndex: 'status',
      width: 170,
      responsive: ['sm'],
      render: (_, task) => <TaskStatusTag status={task.status} />,
    },
    {
      title: t('task.progress'),
      dataIndex: 'percentReached',
      width: 150,
      responsive: ['sm'],
      render: (_, task) => <TaskProgress task={task} />,
    },
  ]

  return (
    <>
      <PageTitle title={t('task.listTitle')} />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            key={q}
            defaultValue={q}
            allowClear
            enterButton
            placeholder={t('task.searchPlaceholder')}
            aria-label={t('task.search')}
            onSearch={(v) => update({ q: v.trim() || undefined, page: undefined })}
            style={{ flex: '1 1 260px', maxWidth: 420 }}
          />
          <Select<TaskStatus>
            allowClear
            placeholder={t('task.allStatuses')}
            aria-label={t('task.statusFilter')}
            value={status}
            onChange={(v) => update({ status: v, page: undefined })}
            options={TASK_STATUSES.map((s) => ({ value: s, label: t(`enums.taskStatus.${s}`) }))}
            style={{ flex: '0 1 240px', minWidth: 200 }}
          />
          {myOrg !== undefined && (
            <Flex gap={8} align="center">
              <Switch
                id="only-mine"
                checked={!all}
                aria-describedby="only-mine-hint"
                onChange={(mine) => update({ scope: mine ? 'mine' : 'all', all: undefined, page: undefined })}
              />
              <label htmlFor="only-mine">{t('task.onlyMine')}</label>
            </Flex>
          )}
        </Flex>
        {myOrg !== undefined && tasks.data && other.data && (
          <Typography.Paragraph type="secondary" id="only-mine-hint" data-testid="only-mine-hint" role="status">
            {all
              ? t('task.scopeHintAll', { count: tasks.data.total, mine: other.data.total, label: t('task.onlyMine') })
              : t('task.scopeHintMine', { count: tasks.data.total, hidden: Math.max(0, other.data.total - tasks.data.total), label: t('task.onlyMine') })}
          </Typography.Paragraph>
        )}
        {tasks.isError ? (
          <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : (
          <ResponsiveTable<Task>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={tasks.data?.items}
            loading={tasks.isFetching}
            locale={{ emptyText: tasks.isPending ? ' ' : <EmptyState description={t('task.empty')} /> }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: tasks.data?.total ?? 0,
              showSizeChanger: false,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (p) => update({ page: p > 1 ? String(p) : undefined }),
            }}
          />
        )}
      </Card>
    </>
  )
}
