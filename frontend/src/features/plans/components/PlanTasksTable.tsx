import { DeleteOutlined, EditOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Grid, Popconfirm, Table, Tag, Typography, type TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { DueDate } from '@/components/DueDate'
import { EmptyState, LoadingState } from '@/components/States'
import { TaskStatusTag } from '@/components/StatusTag'
import { TargetText } from '@/components/TargetText'
import { TaskProgress } from '@/components/TaskProgress'
import type { HTMLAttributes } from 'react'
import type { Task } from '@/lib/api/types'
import { isMine } from '../utils'

interface Props {
  tasks: Task[]
  loading: boolean
  myOrganizationId: number | undefined
  editable: boolean
  onEdit: (task: Task) => void
  onDelete: (task: Task) => void
}

/** The plan's tasks: a table on a desktop, cards on a phone; the caller's own tasks stand out. */
export function PlanTasksTable({ tasks, loading, myOrganizationId, editable, onEdit, onDelete }: Props) {
  const { t } = useTranslation()
  const screens = Grid.useBreakpoint()

  const columns: TableProps<Task>['columns'] = [
    {
      title: t('task.text'),
      dataIndex: 'text',
      render: (_, task) => (
        <Flex vertical gap={2} style={{ minWidth: 240 }}>
          <Link to={`/tasks/${task.id}`}>
            {task.label && <strong>{`${task.label}. `}</strong>}
            {task.text}
          </Link>
          {isMine(task, myOrganizationId) && (
            <span>
              <Tag color="gold" data-testid="my-task">
                {t('task.mine')}
              </Tag>
            </span>
          )}
        </Flex>
      ),
    },
    {
      title: t('task.leadOrganization'),
      dataIndex: 'leadOrganization',
      width: 200,
      render: (_, task) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{task.leadOrganization.name}</Typography.Text>
          {task.cooperatingOrganizations.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('task.cooperatingShort', { names: task.cooperatingOrganizations.map((o) => o.name).join(', ') })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('task.dueDate'),
      dataIndex: 'dueDate',
      width: 150,
      render: (_, task) => <DueDate dueDate={task.dueDate} status={task.status} />,
    },
    {
      title: t('task.status'),
      dataIndex: 'status',
      width: 170,
      render: (_, task) => <TaskStatusTag status={task.status} />,
    },
    {
      title: t('task.progress'),
      dataIndex: 'percentReached',
      width: 140,
      responsive: ['sm'],
      render: (_, task) => <TaskProgress task={task} />,
    },
    {
      title: t('task.target'),
      dataIndex: 'target',
      width: 180,
      responsive: ['xl'],
      render: (_, task) => <TargetText target={task.target} />,
    },
  ]

  if (editable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_, task) => (
        <Flex gap={4}>
          <Button size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => onEdit(task)} />
          <Popconfirm
            title={t('task.deleteConfirm')}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onDelete(task)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
          </Popconfirm>
        </Flex>
      ),
    })
  }

  if (!screens.md) {
    if (loading) return <LoadingState />
    if (tasks.length === 0) return <EmptyState description={t('task.emptyForPlan')} />
    return (
      <Flex vertical gap={8} role="list">
        {tasks.map((task) => (
          <Card
            key={task.id}
            size="small"
            role="listitem"
            className={isMine(task, myOrganizationId) ? 'row-mine' : undefined}
            style={isMine(task, myOrganizationId) ? { background: '#fffbe6', borderColor: '#ffe58f' } : undefined}
            data-testid={`task-row-${task.id}`}
          >
            <Flex vertical gap={6}>
              <Link to={`/tasks/${task.id}`}>
                {task.label && <strong>{`${task.label}. `}</strong>}
                {task.text}
              </Link>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {task.leadOrganization.name}
              </Typography.Text>
              <Flex gap={8} wrap align="center">
                <TaskStatusTag status={task.status} />
                <DueDate dueDate={task.dueDate} status={task.status} />
                {isMine(task, myOrganizationId) && <Tag color="gold">{t('task.mine')}</Tag>}
              </Flex>
              <TaskProgress task={task} />
              {editable && (
                <Flex gap={8} justify="flex-end">
                  <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(task)}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('task.deleteConfirm')}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => onDelete(task)}
                  >
                    <Button size="small" danger icon={<DeleteOutlined />}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </Flex>
              )}
            </Flex>
          </Card>
        ))}
      </Flex>
    )
  }

  return (
    <Table<Task>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={tasks}
      loading={loading}
      pagination={false}
      rowClassName={(task) => (isMine(task, myOrganizationId) ? 'row-mine' : '')}
      onRow={(task) => ({ 'data-testid': `task-row-${task.id}` }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: loading ? ' ' : <EmptyState description={t('task.emptyForPlan')} /> }}
      scroll={{ x: 900 }}
    />
  )
}
