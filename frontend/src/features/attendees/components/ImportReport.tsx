import { CheckCircleOutlined, EditOutlined } from '@ant-design/icons'
import { App, Button, Card, Col, Flex, Grid, Pagination, Row, Segmented, Statistic, Table, Tag, Typography, type TableProps } from 'antd'
import { useState, type HTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import { EmptyState, ErrorState } from '@/components/States'
import type { ImportJob, ImportRow, ImportRowStatus } from '@/lib/api/types'
import { IMPORT_ROW_STATUS_COLOR, IMPORT_ROW_STATUSES } from '@/lib/status'
import type { ServerFormError } from '@/lib/forms'
import { IMPORT_PAGE_SIZE, useCommitImport, useImportRows, useRefusedRows } from '../api/imports'
import { refusedRows } from '../utils'
import { ImportRowEditor } from './ImportRowEditor'

type Filter = 'REFUSED' | 'ALL' | ImportRowStatus

const COUNT: Record<ImportRowStatus, keyof ImportJob> = {
  VALID: 'validRows',
  INVALID: 'invalidRows',
  DUPLICATE: 'duplicateRows',
  OVER_QUOTA: 'overQuotaRows',
}

/**
 * The row-by-row report of a read file: counts per status, the refused rows with their reasons,
 * each editable in place, and the confirmation that creates the valid rows' delegates.
 */
export function ImportReport({ job, minors, eventId, onCommitted }: {
  job: ImportJob
  minors: boolean
  eventId: number | undefined
  onCommitted?: (job: ImportJob) => void
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const refused = refusedRows(job)
  const [filter, setFilter] = useState<Filter>(refused > 0 ? 'REFUSED' : 'ALL')
  const [page, setPage] = useState(1)
  const [editing, setEditing] = useState<number | null>(null)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const commit = useCommitImport(job, eventId)
  const paged = useImportRows(job, filter === 'ALL' || filter === 'REFUSED' ? undefined : filter, page, filter !== 'REFUSED')
  const refusedList = useRefusedRows(job, filter === 'REFUSED')
  const rows = filter === 'REFUSED' ? refusedList : paged
  const committed = job.status === 'COMMITTED'
  const shown = rows.data?.items ?? []

  const doCommit = async () => {
    setProblem(null)
    try {
      const done = await commit.mutateAsync()
      void message.success(t('import.committed', { count: done.createdCount ?? done.validRows }))
      onCommitted?.(done)
    } catch (e) {
      setProblem({ error: e, unmatched: [] })
    }
  }

  const screens = Grid.useBreakpoint()
  const statusTag = (r: ImportRow) => (
    <Tag color={IMPORT_ROW_STATUS_COLOR[r.status]} data-testid="import-row-status" data-status={r.status}>
      {t(`enums.importRowStatus.${r.status}`)}
    </Tag>
  )
  const reasons = (r: ImportRow) =>
    r.messages.length > 0 ? (
      <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="import-row-reasons">
        {r.messages.map((m, i) => (
          <li key={i}>
            <Typography.Text type={r.status === 'VALID' ? 'secondary' : 'danger'}>{m}</Typography.Text>
          </li>
        ))}
      </ul>
    ) : null
  const nameCell = (r: ImportRow) => (
    <Flex vertical gap={2}>
      <Typography.Text strong>{r.values.fullName || t('common.none')}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[r.values.position, r.values.grade, r.values.school ?? r.values.unit].filter(Boolean).join(t('attendee.detailsSeparator'))}
      </Typography.Text>
    </Flex>
  )
  const editButton = (r: ImportRow) => (
    <Button
      size="small"
      icon={<EditOutlined />}
      onClick={() => setEditing(editing === r.rowNumber ? null : r.rowNumber)}
      aria-label={t('import.editRow', { row: r.rowNumber })}
    >
      {t('common.edit')}
    </Button>
  )
  const editor = (r: ImportRow) => (
    <ImportRowEditor
      key={r.rowNumber}
      importId={job.id}
      row={r}
      minors={minors}
      onCancel={() => setEditing(null)}
      onDone={(fixed) => {
        setEditing(null)
        void message.success(
          fixed.status === 'VALID' ? t('import.rowFixed', { row: fixed.rowNumber }) : t('import.rowStillRefused', { row: fixed.rowNumber }),
        )
      }}
    />
  )

  const columns: TableProps<ImportRow>['columns'] = [
    { title: t('import.rowNumber'), dataIndex: 'rowNumber', width: 70 },
    { title: t('importField.fullName'), key: 'name', render: (_, r) => nameCell(r) },
    { title: t('import.status'), key: 'status', width: 140, render: (_, r) => statusTag(r) },
    { title: t('import.reasons'), key: 'messages', render: (_, r) => reasons(r) },
  ]
  if (!committed) {
    columns.push({
      title: t('common.actions'),
      key: 'edit',
      width: 90,
      render: (_, r) => editButton(r),
    })
  }

  const filters: { value: Filter; label: string }[] = [
    { value: 'REFUSED', label: t('import.filterRefused', { count: refused }) },
    { value: 'ALL', label: t('import.filterAll', { count: job.totalRows ?? job.processedRows }) },
    ...IMPORT_ROW_STATUSES.map((s) => ({ value: s, label: `${t(`enums.importRowStatus.${s}`)} (${job[COUNT[s]] as number})` })),
  ]

  return (
    <Flex vertical gap={16}>
      <Row gutter={[12, 12]}>
        {IMPORT_ROW_STATUSES.map((s) => (
          <Col key={s} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t(`enums.importRowStatus.${s}`)}
                value={job[COUNT[s]] as number}
                styles={{ content: { color: s === 'VALID' ? '#237804' : job[COUNT[s]] ? '#cf1322' : undefined } }}
                data-testid={`import-count-${s}`}
              />
            </Card>
          </Col>
        ))}
      </Row>

      {committed ? (
        <Card size="small" style={{ background: '#f6ffed', borderColor: '#b7eb8f' }}>
          <Flex gap={8} align="center">
            <CheckCircleOutlined style={{ color: '#389e0d', fontSize: 20 }} />
            <Typography.Text strong data-testid="import-committed">
              {t('import.committed', { count: job.createdCount ?? 0 })}
            </Typography.Text>
          </Flex>
        </Card>
      ) : (
        <Card size="small">
          <FormProblem value={problem} />
          <Flex gap={12} wrap align="center" justify="space-between">
            <Typography.Text>
              {refused > 0 ? t('import.refusedHint', { count: refused }) : t('import.allValid')}
            </Typography.Text>
            <Button
              type="primary"
              size="large"
              icon={<CheckCircleOutlined />}
              disabled={job.validRows === 0}
              loading={commit.isPending}
              onClick={() => void doCommit()}
              data-testid="import-commit"
            >
              {t('import.commit', { count: job.validRows })}
            </Button>
          </Flex>
        </Card>
      )}

      <Card size="small" title={t('import.rowsTitle')}>
        <Segmented<Filter>
          options={filters}
          value={filter}
          onChange={(f) => {
            setFilter(f)
            setPage(1)
            setEditing(null)
          }}
          style={{ marginBottom: 12, maxWidth: '100%', overflowX: 'auto' }}
        />
        {rows.isError ? (
          <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
        ) : !screens.md ? (
          <Flex vertical gap={8} role="list">
            {rows.isPending && <EmptyState description={t('common.loading')} />}
            {!rows.isPending && shown.length === 0 && (
              <EmptyState description={filter === 'REFUSED' ? t('import.noRefused') : t('common.empty')} />
            )}
            {shown.map((r) => (
              <Card key={r.rowNumber} size="small" role="listitem" data-testid={`import-row-${r.rowNumber}`}>
                <Flex vertical gap={6}>
                  <Flex justify="space-between" align="flex-start" gap={8}>
                    <Flex gap={8} align="flex-start">
                      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                        {t('import.rowShort', { row: r.rowNumber })}
                      </Typography.Text>
                      {nameCell(r)}
                    </Flex>
                    {statusTag(r)}
                  </Flex>
                  {reasons(r)}
                  {!committed && editing !== r.rowNumber && <Flex justify="flex-end">{editButton(r)}</Flex>}
                  {editing === r.rowNumber && editor(r)}
                </Flex>
              </Card>
            ))}
            {filter !== 'REFUSED' && (rows.data?.total ?? 0) > IMPORT_PAGE_SIZE && (
              <Pagination
                size="small"
                current={page}
                pageSize={IMPORT_PAGE_SIZE}
                total={rows.data?.total ?? 0}
                onChange={setPage}
                showSizeChanger={false}
              />
            )}
          </Flex>
        ) : (
          <Table<ImportRow>
            rowKey="rowNumber"
            size="small"
            columns={columns}
            dataSource={shown}
            loading={rows.isPending || (rows.isFetching && rows.isPlaceholderData)}
            scroll={{ x: 720 }}
            onRow={(r) => ({ 'data-testid': `import-row-${r.rowNumber}` }) as HTMLAttributes<HTMLElement>}
            expandable={{
              expandedRowKeys: editing === null ? [] : [editing],
              showExpandColumn: false,
              expandedRowRender: editor,
            }}
            pagination={
              filter !== 'REFUSED' && (rows.data?.total ?? 0) > IMPORT_PAGE_SIZE
                ? {
                    current: page,
                    pageSize: IMPORT_PAGE_SIZE,
                    total: rows.data?.total ?? 0,
                    onChange: setPage,
                    showSizeChanger: false,
                  }
                : false
            }
            locale={{
              emptyText: rows.isPending ? ' ' : <EmptyState description={filter === 'REFUSED' ? t('import.noRefused') : t('common.empty')} />,
            }}
          />
        )}
        {filter === 'REFUSED' && refusedList.truncated && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('import.truncated')}
          </Typography.Paragraph>
        )}
      </Card>
    </Flex>
  )
}
