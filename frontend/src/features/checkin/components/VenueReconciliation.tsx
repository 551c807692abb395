import { FileExcelOutlined } from '@ant-design/icons'
import { App, Button, Card, Table, Typography, type TableProps } from 'antd'
import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ResponsiveTable } from '@/components/ResponsiveTable'
import { EmptyState, ErrorState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import { saveBlob } from '@/lib/api/download'
import type { VenueCount } from '@/lib/api/types'
import { formatNumber } from '@/lib/format'
import { exportReconciliation, useCheckInCounts } from '../api/checkin'
import { RECONCILIATION_FIGURES as FIGURES, reconciliationTotals } from '../utils'

/**
 * For the organisers: per venue, who was seated there, who came, who came in at another venue,
 * who is absent, and who came in here though seated elsewhere; the same figures as an XLSX.
 */
export function VenueReconciliation({ eventId }: { eventId: number }) {
  const { t, i18n } = useTranslation()
  const { notification } = App.useApp()
  const errorText = useErrorTextOf()
  const counts = useCheckInCounts(eventId)
  const [busy, setBusy] = useState(false)
  const venues = counts.data?.venues ?? []
  const n = (v: number | undefined) => formatNumber(v ?? 0, i18n.language)

  const download = async () => {
    setBusy(true)
    try {
      const { blob, fileName } = await exportReconciliation(eventId)
      saveBlob(blob, fileName)
    } catch (e) {
      const { title, detail } = errorText(e)
      notification.error({ title, description: detail, placement: 'top' })
    } finally {
      setBusy(false)
    }
  }

  const columns: TableProps<VenueCount>['columns'] = [
    {
      title: t('checkin.reconciliation.venue'),
      key: 'venue',
      render: (_, v) => (
        <>
          <Typography.Text strong>{v.venueName}</Typography.Text>
          {v.capacity != null && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('checkin.reconciliation.capacity', { count: v.capacity })}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
    ...FIGURES.map((f) => ({
      title: t(`checkin.reconciliation.${f}`),
      key: f,
      align: 'right' as const,
      width: 110,
      render: (_: unknown, v: VenueCount) => (
        <span data-testid={`reconciliation-${f}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {n(v[f])}
        </span>
      ),
    })),
  ]

  return (
    <Card
      size="small"
      title={t('checkin.reconciliation.title')}
      data-testid="venue-reconciliation"
      extra={
        <Button icon={<FileExcelOutlined />} loading={busy} disabled={venues.length === 0} onClick={() => void download()}>
          {t('checkin.reconciliation.download')}
        </Button>
      }
    >
      {counts.isError && !counts.data ? (
        <ErrorState error={counts.error} onRetry={() => void counts.refetch()} />
      ) : (
        <ResponsiveTable<VenueCount>
          rowKey={(v) => v.venueId ?? v.venueName}
          summaryCard={
            venues.length >= 2 && (
              <Card size="small" title={t('checkin.total')} style={{ marginTop: 12 }}>
                <dl className="rt-fields">
                  {FIGURES.map((f) => (
                    <Fragment key={f}>
                      <dt>{t(`checkin.reconciliation.${f}`)}</dt>
                      <dd>
                        <Typography.Text strong>{n(reconciliationTotals(venues)[f])}</Typography.Text>
                      </dd>
                    </Fragment>
                  ))}
                </dl>
              </Card>
            )
          }
          size="small"
          columns={columns}
          dataSource={venues}
          loading={counts.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(v) => ({ 'data-testid': `reconciliation-row-${v.venueId}` }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: counts.isPending ? ' ' : <EmptyState description={t('checkin.reconciliation.empty')} /> }}
          summary={(rows) => {
            if (rows.length < 2) return null
            const totals = reconciliationTotals(rows)
            return (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('checkin.total')}</Typography.Text>
                </Table.Summary.Cell>
                {FIGURES.map((f, i) => (
                  <Table.Summary.Cell key={f} index={i + 1} align="right">
                    <Typography.Text strong>{n(totals[f])}</Typography.Text>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            )
          }}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
        {t('checkin.reconciliation.hint')}
      </Typography.Paragraph>
    </Card>
  )
}
