import { CheckCircleFilled, LinkOutlined } from '@ant-design/icons'
import { Flex, Tag, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { EmptyState, ErrorState, LoadingState } from '@/components/States'
import type { Task } from '@/lib/api/types'
import { formatDate, formatDateTime, formatNumber, targetUnit } from '@/lib/format'
import { useProgressReports } from '../api/tasks'

export function ProgressReportList({ task }: { task: Task }) {
  const { t, i18n } = useTranslation()
  const reports = useProgressReports(task.id)

  if (reports.isPending) return <LoadingState />
  if (reports.isError) return <ErrorState error={reports.error} onRetry={() => void reports.refetch()} />
  const items = reports.data.items
  if (items.length === 0) return <EmptyState description={t('report.empty')} />

  const percent = task.target?.kind === 'PERCENT'
  const unit = task.target ? targetUnit(task.target) : ''

  return (
    <Timeline
      data-testid="progress-reports"
      items={items.map((r) => ({
        key: r.id,
        color: r.done ? 'green' : r.contribution ? 'purple' : 'blue',
        icon: r.done ? <CheckCircleFilled /> : undefined,
        content: (
          <Flex vertical gap={4} data-testid="progress-report">
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>{formatDate(r.reportDate)}</Typography.Text>
              {/* whose report: the lead's sets the task's figure, a cooperating agency's is its contribution */}
              <Tag color={r.contribution ? 'purple' : 'geekblue'} data-testid="progress-report-kind">
                {t(r.contribution ? 'report.kindContribution' : 'report.kindLead', { org: r.organization.name })}
              </Tag>
              {r.value != null && r.contribution && (
                <Tag>{t('report.figureShown', { value: formatNumber(r.value, i18n.language) })}</Tag>
              )}
              {r.value != null && !r.contribution && (
                <Tag color="blue">
                  {t(percent ? 'report.valueShownPercent' : 'report.valueShown', {
                    value: formatNumber(r.value, i18n.language),
                    unit,
                  })}
                </Tag>
              )}
              {r.done && <Tag color="green">{t('report.done')}</Tag>}
            </Flex>
            <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>{r.text}</Typography.Paragraph>
            {r.evidenceLinks.length > 0 && (
              <Flex vertical gap={2}>
                {r.evidenceLinks.map((link, i) => (
                  <Typography.Link key={i} href={link} target="_blank" rel="noopener noreferrer" ellipsis>
                    <LinkOutlined /> {link}
                  </Typography.Link>
                ))}
              </Flex>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('report.by', {
                name: r.reportedBy.fullName,
                org: r.organization.name,
                at: formatDateTime(r.createdAt),
              })}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  )
}
