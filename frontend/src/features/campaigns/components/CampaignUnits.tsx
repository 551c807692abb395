import { CheckOutlined, CloseOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Select, Table, Typography, Upload, type TableProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { OrgSelect } from '@/components/OrgSelect'
import { EmptyState, ErrorState } from '@/components/States'
import { useErrorTextOf } from '@/components/useErrorText'
import type { Campaign, CampaignUnit, HeadcountImportResult, Headcounts, OrganizationType } from '@/lib/api/types'
import { formatNumber } from '@/lib/format'
import { ORGANIZATION_TYPES } from '@/lib/status'
import { PAGE_SIZE, useAddUnits, useCampaignUnits, useImportHeadcounts, useUpdateHeadcount } from '../api/campaigns'
import { frameLink } from '../links'

const HEADS = ['officers', 'pupils', 'students', 'teachers', 'parents'] as const
const SHEET_ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

/** The units taking part and their headcounts (the denominators of participation targets). */
export function CampaignUnits({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const units = useCampaignUnits(campaign.id, q, page)
  const update = useUpdateHeadcount(campaign.id)
  const importer = useImportHeadcounts(campaign.id)
  const [editing, setEditing] = useState<number | null>(null)
  const [draft, setDraft] = useState<Headcounts>({ officers: 0, pupils: 0, students: 0, teachers: 0, parents: 0 })
  const [adding, setAdding] = useState(false)
  const [imported, setImported] = useState<HeadcountImportResult | null>(null)

  // The organisers set every unit's figures; a unit sets its own.
  const mayEdit = (u: CampaignUnit) => campaign.canManage || u.organization.id === campaign.myUnit?.id
  const save = async (u: CampaignUnit) => {
    try {
      await update.mutateAsync({ organizationId: u.organization.id, body: draft })
      setEditing(null)
      void message.success(t('campaignUnits.saved', { name: u.organization.name }))
    } catch (e) {
      void message.error(errorOf(e).title)
    }
  }

  const columns: TableProps<CampaignUnit>['columns'] = [
    {
      title: t('campaignUnits.unit'),
      key: 'unit',
      render: (_, u) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{u.organization.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.organization.code}
            {' · '}
            {t(`enums.organizationType.${u.organization.type}`)}
          </Typography.Text>
          <Typography.Text copyable={{ text: frameLink(campaign.publicId, u.organization.code), tooltips: [t('campaignUnits.copyFrameLink'), t('campaign.copied')] }} type="secondary" style={{ fontSize: 12 }}>
            {t('campaignUnits.frameLink')}
          </Typography.Text>
        </Flex>
      ),
    },
    ...HEADS.map((h) => ({
      title: t(`activityReport.figure.${h}`),
      key: h,
      width: 120,
      align: 'right' as const,
      render: (_: unknown, u: CampaignUnit) =>
        editing === u.organization.id ? (
          <InputNumber
            min={0}
            precision={0}
            size="small"
            value={draft[h]}
            onChange={(v) => setDraft((d) => ({ ...d, [h]: v ?? 0 }))}
            aria-label={t('campaignUnits.headFor', { head: t(`activityReport.figure.${h}`), name: u.organization.name })}
            style={{ width: 100 }}
          />
        ) : (
          formatNumber(u[h] ?? 0, i18n.language)
        ),
    })),
    ...(campaign.canManage || campaign.myUnit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, u: CampaignUnit) =>
              editing === u.organization.id ? (
                <Flex gap={4}>
                  <Button size="small" type="primary" icon={<CheckOutlined />} loading={update.isPending} onClick={() => void save(u)} aria-label={t('common.save')} />
                  <Button size="small" icon={<CloseOutlined />} onClick={() => setEditing(null)} aria-label={t('common.cancel')} />
                </Flex>
              ) : (
                mayEdit(u) && (
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    aria-label={t('campaignUnits.editFor', { name: u.organization.name })}
                    onClick={() => {
                      setEditing(u.organization.id)
                      setDraft({ officers: u.officers ?? 0, pupils: u.pupils ?? 0, students: u.students ?? 0, teachers: u.teachers ?? 0, parents: u.parents ?? 0 })
                    }}
                  />
                )
              ),
          },
        ]
      : []),
  ]

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" gap={8} wrap>
        <Input.Search
          allowClear
          placeholder={t('campaignUnits.searchPlaceholder')}
          aria-label={t('campaignUnits.search')}
          onSearch={(v) => {
            setQ(v.trim())
            setPage(1)
          }}
          style={{ maxWidth: 360 }}
        />
        {campaign.canManage && (
          <Flex gap={8} wrap>
            <Upload
              accept={SHEET_ACCEPT}
              showUploadList={false}
              beforeUpload={(file) => {
                setImported(null)
                importer.mutate(file, { onSuccess: setImported })
                return false
              }}
            >
              <Button icon={<UploadOutlined />} loading={importer.isPending}>
                {t('campaignUnits.import')}
              </Button>
            </Upload>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('campaignUnits.add')}
            </Button>
          </Flex>
        )}
      </Flex>
      {campaign.canManage && <Typography.Text type="secondary">{t('campaignUnits.importHint')}</Typography.Text>}
      {importer.isError && <Alert type="error" showIcon role="alert" title={errorOf(importer.error).title} description={errorOf(importer.error).detail} />}
      {imported && (
        <Alert
          type={imported.errors.length > 0 ? 'warning' : 'success'}
          showIcon
          role="status"
          data-testid="headcount-import-result"
          closable={{ onClose: () => setImported(null) }}
          title={t('campaignUnits.imported', { count: imported.updated })}
          description={
            imported.errors.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 200, overflowY: 'auto' }}>
                {imported.errors.map((e, i) => (
                  <li key={i}>{t('campaignUnits.importRowError', { row: e.row, message: e.message })}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      {units.isError ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : (
        <Table<CampaignUnit>
          rowKey={(u) => u.organization.id}
          size="small"
          columns={columns}
          dataSource={units.data?.items}
          loading={units.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: units.isPending ? ' ' : <EmptyState description={q ? t('campaignUnits.noMatch') : t('campaignUnits.empty')} /> }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: units.data?.total ?? 0,
            hideOnSinglePage: true,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: setPage,
          }}
        />
      )}
      <AddUnitsModal key={adding ? 'open' : 'closed'} campaignId={campaign.id} open={adding} onClose={() => setAdding(false)} />
    </Flex>
  )
}

function AddUnitsModal({ campaignId, open, onClose }: { campaignId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const errorOf = useErrorTextOf()
  const add = useAddUnits(campaignId)
  const [types, setTypes] = useState<OrganizationType[]>([])
  const [ids, setIds] = useState<number[]>([])

  return (
    <Modal
      open={open}
      title={t('campaignUnits.addTitle')}
      okText={t('campaignUnits.addConfirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: types.length === 0 && ids.length === 0 }}
      confirmLoading={add.isPending}
      onCancel={onClose}
      onOk={async () => {
        try {
          const r = await add.mutateAsync({ organizationTypes: types.length ? types : undefined, organizationIds: ids.length ? ids : undefined })
          void message.success(t('campaignUnits.added', { count: r.added }))
          onClose()
        } catch {
          // shown below
        }
      }}
      destroyOnHidden
    >
      {add.isError && <Alert type="error" showIcon title={errorOf(add.error).title} description={errorOf(add.error).detail} style={{ marginBottom: 12 }} />}
      <Form layout="vertical">
        <Form.Item label={t('campaignUnits.byType')} htmlFor="add-units-types" extra={t('campaignUnits.byTypeHint')}>
          <Select<OrganizationType[]>
            id="add-units-types"
            mode="multiple"
            value={types}
            onChange={setTypes}
            options={ORGANIZATION_TYPES.map((ty) => ({ value: ty, label: t(`enums.organizationType.${ty}`) }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item label={t('campaignUnits.byName')} htmlFor="add-units-orgs">
          <OrgSelect id="add-units-orgs" multiple value={ids} onChange={(v) => setIds(v ?? [])} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
