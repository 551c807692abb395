import { DeleteOutlined, ScheduleOutlined, UserAddOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Popconfirm, Select, Spin, Table, Typography, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import type { AssignmentResult, Contest, ContestJudge } from '@/lib/api/types'
import { formatNumber } from '@/lib/format'
import { useDebounced } from '@/lib/useDebounced'
import { useAssignJudges, useContestJudges, useJudgeCandidates, useSetContestJudges } from '../api/contests'

/** The panel: accounts of the deployment picked as judges, and each eligible entry given its judges. */
export function ContestJudges({ contest }: { contest: Contest }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const judges = useContestJudges(contest.id)
  const setJudges = useSetContestJudges(contest.id)
  const assign = useAssignJudges(contest.id)
  const [assigned, setAssigned] = useState<AssignmentResult | null>(null)
  const frozen = !!contest.publishedAt
  const current = judges.data?.items ?? []
  const n = (v: number) => formatNumber(v, i18n.language)

  const fail = (e: unknown) => {
    const { title, detail } = errorOf(e)
    void message.error(detail ? `${title}: ${detail}` : title)
  }

  const save = async (userIds: number[], done: string) => {
    try {
      await setJudges.mutateAsync(userIds)
      void message.success(done)
    } catch (e) {
      fail(e)
    }
  }

  const columns: TableProps<ContestJudge>['columns'] = [
    {
      title: t('contestJudges.judge'),
      key: 'judge',
      render: (_, j) => (
        <Flex vertical gap={0}>
          <Typography.Text strong>{j.fullName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {j.organization.name}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('contestJudges.assigned'), dataIndex: 'assigned', width: 110, align: 'right', render: (v: number) => n(v) },
    {
      title: t('contestJudges.scored'),
      key: 'scored',
      width: 110,
      align: 'right',
      render: (_, j) => (
        <Typography.Text type={j.assigned > 0 && j.scored === j.assigned ? 'success' : undefined}>{`${n(j.scored)}/${n(j.assigned)}`}</Typography.Text>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, j) =>
        !frozen && (
          <Popconfirm
            title={t('contestJudges.removeConfirm', { name: j.fullName })}
            okText={t('contestJudges.remove')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => save(current.filter((x) => x.userId !== j.userId).map((x) => x.userId), t('contestJudges.removed', { name: j.fullName }))}
          >
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('contestJudges.removeN', { name: j.fullName })} />
          </Popconfirm>
        ),
    },
  ]

  return (
    <Flex vertical gap={12}>
      {!frozen && (
        <Flex justify="space-between" gap={8} wrap>
          <JudgePicker
            contestId={contest.id}
            exclude={current.map((j) => j.userId)}
            busy={setJudges.isPending}
            onPick={(j) => void save([...current.map((x) => x.userId), j.userId], t('contestJudges.added', { name: j.fullName }))}
          />
          <Button
            icon={<ScheduleOutlined />}
            loading={assign.isPending}
            disabled={current.length === 0}
            onClick={async () => {
              setAssigned(null)
              try {
                setAssigned(await assign.mutateAsync())
              } catch (e) {
                fail(e)
              }
            }}
          >
            {t('contestJudges.assign')}
          </Button>
        </Flex>
      )}
      {assigned && (
        <Alert
          type={assigned.shortOfJudges > 0 ? 'warning' : 'success'}
          showIcon
          role="status"
          data-testid="assignment-result"
          title={t('contestJudges.assignedCount', { count: assigned.assigned, n: n(assigned.assigned) })}
          description={
            assigned.shortOfJudges > 0
              ? t('contestJudges.shortOfJudges', { count: assigned.shortOfJudges, n: n(assigned.shortOfJudges), per: contest.judgesPerEntry })
              : t('contestJudges.allCovered', { per: contest.judgesPerEntry })
          }
          closable={{ onClose: () => setAssigned(null) }}
        />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('contestJudges.hint', { per: contest.judgesPerEntry })}
      </Typography.Text>
      {judges.isError ? (
        <ErrorState error={judges.error} onRetry={() => void judges.refetch()} />
      ) : (
        <Table<ContestJudge>
          rowKey="userId"
          size="small"
          columns={columns}
          dataSource={current}
          loading={judges.isPending}
          pagination={false}
          locale={{ emptyText: judges.isPending ? ' ' : <EmptyState description={t('contestJudges.empty')} /> }}
        />
      )}
    </Flex>
  )
}

/** Searches the deployment's active accounts by name, username or organisation. */
function JudgePicker({ contestId, exclude, busy, onPick }: {
  contestId: number
  exclude: number[]
  busy: boolean
  onPick: (j: ContestJudge) => void
}) {
  const { t } = useTranslation()
  // Candidates are asked for once the list opens.
  const [open, setOpen] = useState(false)
  const [search, setSearch] = useState('')
  const q = useDebounced(search.trim(), 250)
  const candidates = useJudgeCandidates(contestId, q, open)
  const items = (candidates.data?.items ?? []).filter((c) => !exclude.includes(c.userId))
  return (
    <Select<number>
      value={null}
      style={{ minWidth: 320 }}
      placeholder={t('contestJudges.searchPlaceholder')}
      aria-label={t('contestJudges.add')}
      suffixIcon={<UserAddOutlined />}
      disabled={busy}
      onOpenChange={(o) => {
        setOpen(o)
        if (!o) setSearch('')
      }}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      notFoundContent={candidates.isFetching ? <Spin size="small" /> : candidates.isError ? t('errors.loadFailed') : t('contestJudges.noCandidates')}
      options={items.map((c) => ({ value: c.userId, label: `${c.fullName} – ${c.organization.name}` }))}
      onChange={(id) => {
        const picked = items.find((c) => c.userId === id)
        if (picked) onPick(picked)
      }}
    />
  )
}
