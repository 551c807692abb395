import { BellOutlined, CheckOutlined, ClockCircleOutlined, CloseOutlined, LoginOutlined, ReloadOutlined, TeamOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Result, Table, Tag, Typography, type TableProps } from 'antd'
import { Fragment, useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ResponsiveTable } from '@/components/ResponsiveTable'
import { EventBreadcrumb } from '@/components/EventBreadcrumb'
import { PageTitle } from '@/components/PageTitle'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import { isApiError } from '@/lib/api/problem'
import type { QuotaMatrix, QuotaMatrixRow, ReminderResult } from '@/lib/api/types'
import { useMe } from '@/lib/auth/context'
import { useEvent } from '@/lib/queries/events'
import { useQuotaMatrix } from '../api/matrix'
import { MatrixCell, SmallFigures, ToneSwatch } from '../components/MatrixCell'
import { QuotaExtendDialog } from '../components/QuotaExtendDialog'
import { QuotaRemindDialog } from '../components/QuotaRemindDialog'
import { CELL_TONES, cellOf, columnTotalOf, grandTotalText, totalFillText } from '../utils'

export function QuotaMatrixPage() {
  const { t } = useTranslation()
  const { eventId } = useParams()
  const id = Number(eventId)
  const event = useEvent(id)
  const matrix = useQuotaMatrix(id)

  let body
  if (matrix.isPending) body = <LoadingState />
  else if (matrix.isError && isApiError(matrix.error) && matrix.error.status === 403) {
    // Only the organisers and the receiving agency see everyone's figures.
    body = (
      <Result
        status="403"
        title={t('matrix.forbiddenTitle')}
        subTitle={t('matrix.forbiddenDetail')}
        data-testid="matrix-forbidden"
        extra={
          <Link to={`/events/${id}/my-quotas`}>
            <Button type="primary" icon={<TeamOutlined />}>
              {t('event.myQuotas')}
            </Button>
          </Link>
        }
      />
    )
  } else if (matrix.isError) body = <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />
  else body = <Matrix matrix={matrix.data} canRemind={event.data?.canManage ?? false} />

  return (
    <>
      <EventBreadcrumb event={event.data} current={t('matrix.title')} />
      <PageTitle
        title={t('matrix.title')}
        sub={event.data && <Typography.Text type="secondary">{event.data.title}</Typography.Text>}
        extra={
          matrix.isSuccess && (
            <Button icon={<ReloadOutlined />} onClick={() => void matrix.refetch()} loading={matrix.isFetching}>
              {t('common.refresh')}
            </Button>
          )
        }
      />
      {body}
    </>
  )
}

function Matrix({ matrix, canRemind }: { matrix: QuotaMatrix; canRemind: boolean }) {
  const { t } = useTranslation()
  const me = useMe()
  const [dialogOpen, setDialogOpen] = useState(false)
  const [sent, setSent] = useState<ReminderResult | null>(null)
  const [extendOpen, setExtendOpen] = useState(false)
  const [extended, setExtended] = useState<number | null>(null)
  // who to urge and who is past the deadline: the server's one definition (Quota.toUrge, Quota.pastDeadline)
  const lagging = matrix.toUrge
  const past = matrix.pastDeadline
  const remindReason = lagging.length > 0 ? null : past.length > 0 ? t('matrix.remindNoneOpen', { count: past.length }) : t('matrix.remindNoneNeeded')

  if (matrix.rows.length === 0) {
    return (
      <Card>
        <EmptyState description={t('matrix.empty')} />
      </Card>
    )
  }

  const columns: TableProps<QuotaMatrixRow>['columns'] = [
    {
      title: t('matrix.organization'),
      key: 'organization',
      fixed: 'left',
      width: 170,
      render: (_, r) => (
        <Typography.Text strong={r.organization.id === me.organization?.id} style={{ fontSize: 13 }}>
          {r.organization.name}
        </Typography.Text>
      ),
    },
    ...matrix.categories.map((c) => ({
      title: (
        <Flex vertical align="center" gap={2}>
          <span>{c.name}</span>
          {c.minors && <Tag color="purple">{t('category.minors')}</Tag>}
        </Flex>
      ),
      key: `c${c.id}`,
      align: 'center' as const,
      width: 112,
      render: (_: unknown, r: QuotaMatrixRow) => {
        const cell = cellOf(r, c.id)
        return cell ? (
          <MatrixCell cell={cell} label={`${r.organization.name} – ${c.name}`} />
        ) : (
          <Typography.Text type="secondary" aria-label={t('matrix.noQuota')}>
            {t('common.none')}
          </Typography.Text>
        )
      },
    })),
    {
      title: t('matrix.rowTotal'),
      key: 'total',
      align: 'center',
      width: 112,
      render: (_, r) => (
        <div className="matrix-cell is-total" data-testid="row-total">
          <div className="matrix-fill">{totalFillText(t, r.totals)}</div>
          <SmallFigures value={r.totals} />
        </div>
      ),
    },
  ]

  return (
    <>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="matrix-grand-total">
              {grandTotalText(t, matrix)}
            </Typography.Text>
            {canRemind && (
              <Flex gap={8} wrap>
                {past.length > 0 && (
                  <Button
                    icon={<ClockCircleOutlined />}
                    onClick={() => {
                      setExtended(null)
                      setExtendOpen(true)
                    }}
                    data-testid="matrix-extend"
                  >
                    {t('matrix.extend', { count: past.length })}
                  </Button>
                )}
                <Button
                  danger
                  icon={<BellOutlined />}
                  disabled={lagging.length === 0}
                  aria-describedby={remindReason ? 'matrix-remind-reason' : undefined}
                  onClick={() => {
                    setSent(null)
                    setDialogOpen(true)
                  }}
                  data-testid="matrix-remind"
                >
                  {t('matrix.remind', { count: lagging.length })}
                </Button>
              </Flex>
            )}
          </Flex>
          {canRemind && remindReason && (
            <Typography.Text type="secondary" id="matrix-remind-reason" data-testid="matrix-remind-reason">
              {remindReason}
            </Typography.Text>
          )}
          {extended != null && (
            <Alert
              type="success"
              showIcon
              role="status"
              closable={{ onClose: () => setExtended(null) }}
              title={t('matrix.extended', { count: extended })}
              data-testid="extend-result"
            />
          )}
          {sent && (
            <Alert
              type="success"
              showIcon
              role="status"
              closable={{ onClose: () => setSent(null) }}
              title={t('progress.remindSent', { count: sent.organizations, people: sent.notified })}
              data-testid="remind-result"
            />
          )}
          <Flex gap={16} wrap>
            <span>
              <CheckOutlined /> {t('matrix.confirmedCount', { count: matrix.total.confirmed })}
            </span>
            <span>
              <CloseOutlined /> {t('matrix.declinedCount', { count: matrix.total.declined })}
            </span>
            <span>
              <LoginOutlined /> {t('matrix.checkedInCount', { count: matrix.total.checkedIn })}
            </span>
          </Flex>
          <Flex gap={12} wrap style={{ fontSize: 12 }} aria-label={t('matrix.legend')}>
            {CELL_TONES.map((tone) => (
              <Flex key={tone} gap={4} align="center">
                <ToneSwatch tone={tone} />
                <span>{t(`matrix.tone.${tone}`)}</span>
              </Flex>
            ))}
          </Flex>
        </Flex>
      </Card>
      <Card styles={{ body: { padding: 0 } }}>
        <ResponsiveTable<QuotaMatrixRow>
          rowKey={(r) => r.organization.id}
          size="small"
          bordered
          columns={columns}
          dataSource={matrix.rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(r) => ({ 'data-testid': `matrix-row-${r.organization.code}` }) as HTMLAttributes<HTMLElement>}
          summaryCard={
            <Card size="small" title={t('matrix.columnTotal')} style={{ marginTop: 12 }} data-testid="matrix-column-totals">
              <dl className="rt-fields">
                {matrix.categories.map((c) => {
                  const total = columnTotalOf(matrix, c.id)
                  return (
                    total && (
                      <Fragment key={c.id}>
                        <dt>{c.name}</dt>
                        <dd>
                          <div className="matrix-cell is-total">
                            <div className="matrix-fill">{totalFillText(t, total)}</div>
                            <SmallFigures value={total} />
                          </div>
                        </dd>
                      </Fragment>
                    )
                  )
                })}
                <dt>{t('matrix.rowTotal')}</dt>
                <dd>
                  <div className="matrix-cell is-total">
                    <div className="matrix-fill">{totalFillText(t, matrix.total)}</div>
                    <SmallFigures value={matrix.total} />
                  </div>
                </dd>
              </dl>
            </Card>
          }
          summary={() => (
            <Table.Summary fixed="bottom">
              <Table.Summary.Row data-testid="matrix-column-totals">
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('matrix.columnTotal')}</Typography.Text>
                </Table.Summary.Cell>
                {matrix.categories.map((c, i) => {
                  const total = columnTotalOf(matrix, c.id)
                  return (
                    <Table.Summary.Cell key={c.id} index={i + 1} align="center">
                      {total && (
                        <div className="matrix-cell is-total">
                          <div className="matrix-fill">{totalFillText(t, total)}</div>
                          <SmallFigures value={total} />
                        </div>
                      )}
                    </Table.Summary.Cell>
                  )
                })}
                <Table.Summary.Cell index={matrix.categories.length + 1} align="center">
                  <div className="matrix-cell is-total">
                    <div className="matrix-fill">{totalFillText(t, matrix.total)}</div>
                    <SmallFigures value={matrix.total} />
                  </div>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            </Table.Summary>
          )}
        />
      </Card>
      {extendOpen && (
        <QuotaExtendDialog
          matrix={matrix}
          orgs={past}
          open={extendOpen}
          onClose={() => setExtendOpen(false)}
          onDone={(n) => {
            setExtendOpen(false)
            setExtended(n)
          }}
        />
      )}
      <QuotaRemindDialog
        eventId={matrix.eventId}
        orgs={lagging}
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        onSent={(result) => {
          setDialogOpen(false)
          setSent(result)
        }}
      />
    </>
  )
}
