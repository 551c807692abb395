import { CheckOutlined, CloseOutlined, ExclamationCircleOutlined, WarningOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Pagination, Popconfirm, Segmented, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import type { Pledge, PledgeStatus } from '@/lib/api/types'
import { formatDateTime } from '@/lib/format'
import { PLEDGE_STATUS_COLOR, PLEDGE_STATUSES } from '@/lib/status'
import { PAGE_SIZE, useModeratePledge, usePledges, type PledgeDecision } from '../api/campaigns'

type Filter = PledgeStatus | 'QUEUE'

/**
 * The wall's moderation queue: pledges wait here until someone approves them; those the server
 * held (a phone number, an e-mail, a link, an account, a name with a class or address, a rude word)
 * are marked with the reason and can only be approved "anyway", after a confirmation that repeats it.
 */
export function PledgeModeration({ campaignId }: { campaignId: number }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const [filter, setFilter] = useState<Filter>('QUEUE')
  const [page, setPage] = useState(1)
  // The queue is what waits for a decision: pending and held (the server's default without a status).
  const pledges = usePledges(campaignId, filter === 'QUEUE' ? undefined : filter, page)
  const moderate = useModeratePledge(campaignId)
  const [busy, setBusy] = useState<number | null>(null)

  const english = i18n.language.startsWith('en')
  const reasonOf = (p: Pledge) => (p.hold ? (english ? p.hold.en : p.hold.vi) : (p.heldReason ?? t('moderation.heldUnknown')))

  const decide = async (p: Pledge, decision: PledgeDecision) => {
    setBusy(p.id)
    try {
      await moderate.mutateAsync({ pledgeId: p.id, decision })
      void message.success(decision === 'reject' ? t('moderation.rejected', { name: p.displayName }) : t('moderation.approved', { name: p.displayName }))
    } catch (e) {
      void message.error(errorOf(e).title)
    } finally {
      setBusy(null)
    }
  }

  const items = pledges.data?.items ?? []

  return (
    <Flex vertical gap={12}>
      <Segmented<Filter>
        value={filter}
        onChange={(f) => {
          setFilter(f)
          setPage(1)
        }}
        options={[
          { value: 'QUEUE', label: t('moderation.queue') },
          ...PLEDGE_STATUSES.map((s) => ({ value: s, label: t(`enums.pledgeStatus.${s}`) })),
        ]}
        aria-label={t('moderation.filter')}
      />
      {pledges.isPending ? (
        <LoadingState />
      ) : pledges.isError ? (
        <ErrorState error={pledges.error} onRetry={() => void pledges.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState description={filter === 'QUEUE' ? t('moderation.emptyQueue') : t('moderation.empty')} />
      ) : (
        <>
          <Flex vertical gap={8} role="list" data-testid="pledge-list">
            {items.map((p) => {
              const held = p.status === 'HELD'
              const open = p.status === 'PENDING' || held
              return (
                <Card key={p.id} size="small" role="listitem" className={held ? 'pledge-held' : undefined} data-testid="pledge" data-status={p.status}>
                  <Flex justify="space-between" gap={12} wrap>
                    <Flex vertical gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
                      <Flex gap={8} wrap align="center">
                        <Typography.Text strong>{p.displayName}</Typography.Text>
                        {p.unit && <Typography.Text type="secondary">{p.unit.name}</Typography.Text>}
                        <Tag color={PLEDGE_STATUS_COLOR[p.status]}>{t(`enums.pledgeStatus.${p.status}`)}</Tag>
                        {p.approvedAnyway && (
                          <Tag color="orange" data-testid="pledge-approved-anyway">
                            {t('moderation.approvedAnywayTag')}
                          </Tag>
                        )}
                      </Flex>
                      <Typography.Text style={{ whiteSpace: 'pre-line' }}>{p.text}</Typography.Text>
                      {held && (
                        <Typography.Text type="warning" data-testid="pledge-held-reason">
                          <WarningOutlined /> {t('moderation.heldBecause', { reason: reasonOf(p) })}
                        </Typography.Text>
                      )}
                      {!held && p.approvedAnyway && p.hold && (
                        <Typography.Text type="secondary">{t('moderation.wasHeld', { reason: reasonOf(p) })}</Typography.Text>
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(p.createdAt)}
                      </Typography.Text>
                    </Flex>
                    {open && (
                      <Flex gap={8} align="flex-start" wrap>
                        {held ? (
                          // A held pledge is never approved in one click: the confirmation repeats why it was held.
                          <Popconfirm
                            title={t('moderation.approveAnywayTitle')}
                            description={
                              <Typography.Paragraph style={{ maxWidth: 320, marginBottom: 0 }}>
                                {t('moderation.approveAnywayConfirm', { reason: reasonOf(p) })}
                              </Typography.Paragraph>
                            }
                            icon={<ExclamationCircleOutlined style={{ color: '#fa8c16' }} />}
                            okText={t('moderation.approveAnywayOk')}
                            okButtonProps={{ danger: true }}
                            cancelText={t('common.cancel')}
                            onConfirm={() => decide(p, 'approveAnyway')}
                          >
                            <Button
                              icon={<WarningOutlined />}
                              loading={busy === p.id && moderate.variables?.decision === 'approveAnyway'}
                              disabled={busy !== null}
                              aria-label={t('moderation.approveAnywayN', { name: p.displayName })}
                              data-testid="pledge-approve-anyway"
                            >
                              {t('moderation.approveAnyway')}
                            </Button>
                          </Popconfirm>
                        ) : (
                          <Button
                            type="primary"
                            icon={<CheckOutlined />}
                            loading={busy === p.id && moderate.variables?.decision === 'approve'}
                            disabled={busy !== null}
                            onClick={() => void decide(p, 'approve')}
                            aria-label={t('moderation.approveN', { name: p.displayName })}
                          >
                            {t('moderation.approve')}
                          </Button>
                        )}
                        <Button
                          danger
                          icon={<CloseOutlined />}
                          loading={busy === p.id && moderate.variables?.decision === 'reject'}
                          disabled={busy !== null}
                          onClick={() => void decide(p, 'reject')}
                          aria-label={t('moderation.rejectN', { name: p.displayName })}
                        >
                          {t('moderation.reject')}
                        </Button>
                      </Flex>
                    )}
                  </Flex>
                </Card>
              )
            })}
          </Flex>
          <Pagination
            align="center"
            current={page}
            pageSize={PAGE_SIZE}
            total={pledges.data.total}
            onChange={setPage}
            hideOnSinglePage
            showSizeChanger={false}
          />
        </>
      )}
    </Flex>
  )
}
