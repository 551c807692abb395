import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Col, Flex, Form, Input, InputNumber, Modal, Popconfirm, Radio, Row, Select, Table, Tag, Typography, type TableProps } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { DateInput } from '@/components/DateInput'
import { FormProblem } from '@/components/FormProblem'
import { EmptyState, ErrorState } from '@/components/States'
import { isApiError } from '@/lib/api/problem'
import type { ActivityType, Audience, Campaign, CampaignTarget, IndicatorKind, OrganizationType } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { formatDate, formatPercent, fromApiDate, toApiDate } from '@/lib/format'
import { ACTIVITY_TYPES, AUDIENCES, CAMPAIGN_TARGET_KINDS, ORGANIZATION_TYPES } from '@/lib/status'
import { usePlanTasks } from '@/lib/queries/plans'
import { useCreateTarget, useDeleteTarget, useTargets } from '../api/campaigns'
import { choiceOf, SCOPE_CHOICES, scopeText, unitTypesOf, type ScopeChoice } from '../scope'

/** The campaign's measurable targets ("100% of schools post the announcement"), computed from reports. */
export function CampaignTargets({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const targets = useTargets(campaign.id)
  const remove = useDeleteTarget(campaign.id)
  const [creating, setCreating] = useState(false)

  const columns: TableProps<CampaignTarget>['columns'] = [
    {
      title: t('campaignTarget.name'),
      key: 'name',
      render: (_, x) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{x.name}</Typography.Text>
          <Flex gap={4} wrap>
            <Tag color="blue">{t(`enums.campaignTargetKind.${x.kind}`)}</Tag>
            {x.activityType && <Tag>{t(`enums.activityType.${x.activityType}`)}</Tag>}
            {x.audience && <Tag>{t(`enums.audience.${x.audience}`)}</Tag>}
            <Tag color={x.unitTypes.length > 0 ? 'purple' : undefined} data-testid="target-scope">
              {t('campaignTarget.scope.tag', { scope: scopeText(t, x.unitTypes) })}
            </Tag>
            {x.minReports != null && x.minReports > 1 && <Tag>{t('campaignTarget.minReportsShort', { count: x.minReports })}</Tag>}
          </Flex>
        </Flex>
      ),
    },
    {
      title: t('campaignTarget.window'),
      key: 'window',
      width: 200,
      responsive: ['md'],
      render: (_, x) => (x.from || x.to ? `${formatDate(x.from) || '…'} – ${formatDate(x.to) || '…'}` : t('campaignTarget.wholeCampaign')),
    },
    { title: t('campaignTarget.goal'), key: 'goal', width: 90, align: 'right', render: (_, x) => formatPercent(x.goalPercent ?? 100, i18n.language) },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      render: (_, x) => (
        <Popconfirm
          title={t('campaignTarget.deleteConfirm', { name: x.name })}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true }}
          onConfirm={async () => {
            try {
              await remove.mutateAsync(x.id)
              void message.success(t('campaignTarget.deleted'))
            } catch (e) {
              void message.error(isApiError(e) ? e.problem.title : t('errors.unexpected'))
            }
          }}
        >
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('campaignTarget.deleteN', { name: x.name })} />
        </Popconfirm>
      ),
    },
  ]

  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('campaignTarget.add')}
        </Button>
      </Flex>
      {targets.isError ? (
        <ErrorState error={targets.error} onRetry={() => void targets.refetch()} />
      ) : (
        <Table<CampaignTarget>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={targets.data?.items}
          loading={targets.isFetching}
          pagination={false}
          locale={{ emptyText: targets.isPending ? ' ' : <EmptyState description={t('campaignTarget.empty')} /> }}
        />
      )}
      <TargetFormModal
        key={creating ? 'open' : 'closed'}
        campaign={campaign}
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={() => {
          setCreating(false)
          void message.success(t('campaignTarget.saved'))
        }}
      />
    </Flex>
  )
}

interface Values {
  name: string
  kind: IndicatorKind
  taskId?: number
  activityType?: ActivityType
  audience?: Audience
  unitTypes: OrganizationType[]
  from?: Dayjs
  to?: Dayjs
  minReports?: number | null
  goalPercent?: number | null
}

function TargetFormModal({ campaign, open, onClose, onSaved }: { campaign: Campaign; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const create = useCreateTarget(campaign.id)
  const submission = useSubmission('target', open)
  const tasks = usePlanTasks(campaign.planId)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const kind = Form.useWatch('kind', form)

  const submit = async (v: Values) => {
    setProblem(null)
    try {
      const body = {
        name: v.name.trim(),
        kind: v.kind,
        taskId: v.taskId,
        activityType: v.kind === 'UNITS_WITH_ACTIVITY' ? v.activityType : undefined,
        audience: v.kind === 'PARTICIPATION' ? v.audience : undefined,
        unitTypes: v.unitTypes ?? [],
        from: toApiDate(v.from),
        to: toApiDate(v.to),
        minReports: v.kind === 'UNITS_WITH_ACTIVITY' ? (v.minReports ?? undefined) : undefined,
        goalPercent: v.goalPercent ?? undefined,
      }
      if (await submission.run((key) => create.mutateAsync({ body, key }))) onSaved()
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Modal
      open={open}
      title={t('campaignTarget.formTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      confirmLoading={submission.pending}
      onCancel={onClose}
      width={680}
      destroyOnHidden
    >
      <FormProblem value={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        name="campaignTarget"
        onFinish={(v) => void submit(v)}
        initialValues={{ kind: 'UNITS_WITH_ACTIVITY', unitTypes: [], goalPercent: 100, minReports: 1, from: fromApiDate(campaign.startsOn), to: fromApiDate(campaign.endsOn) }}
        disabled={submission.pending}
      >
        <Form.Item name="name" label={t('campaignTarget.name')} rules={[{ required: true, whitespace: true, message: t('campaignTarget.nameRequired') }]}>
          <Input maxLength={300} placeholder={t('campaignTarget.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="kind" label={t('campaignTarget.kind')} rules={[{ required: true }]} extra={kind && t(`campaignTarget.kindHint.${kind}`)}>
          <Select<IndicatorKind> options={CAMPAIGN_TARGET_KINDS.map((k) => ({ value: k, label: t(`enums.campaignTargetKind.${k}`) }))} aria-label={t('campaignTarget.kind')} />
        </Form.Item>
        <Row gutter={12}>
          {kind === 'UNITS_WITH_ACTIVITY' && (
            <>
              <Col xs={24} sm={16}>
                <Form.Item name="activityType" label={t('activityReport.type')} rules={[{ required: true, message: t('activityReport.typeRequired') }]}>
                  <Select<ActivityType>
                    showSearch={{ optionFilterProp: 'label' }}
                    options={ACTIVITY_TYPES.map((a) => ({ value: a, label: t(`enums.activityType.${a}`) }))}
                    aria-label={t('activityReport.type')}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item name="minReports" label={t('campaignTarget.minReports')}>
                  <InputNumber min={1} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
          {kind === 'PARTICIPATION' && (
            <Col xs={24} sm={12}>
              <Form.Item name="audience" label={t('campaignTarget.audience')} rules={[{ required: true, message: t('campaignTarget.audienceRequired') }]}>
                <Select<Audience> options={AUDIENCES.map((a) => ({ value: a, label: t(`enums.audience.${a}`) }))} aria-label={t('campaignTarget.audience')} />
              </Form.Item>
            </Col>
          )}
          <Col xs={24}>
            <Form.Item name="unitTypes" label={t('campaignTarget.scope.label')} extra={t('campaignTarget.scope.hint')}>
              <UnitTypesField />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="goalPercent" label={t('campaignTarget.goalPercent')}>
              <InputNumber min={1} max={100} style={{ width: '100%' }} suffix="%" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="from" label={t('campaignTarget.from')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="to" label={t('campaignTarget.to')}>
              <DateInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="taskId" label={t('campaignTarget.task')} extra={t('campaignTarget.taskHint')}>
          <Select<number>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={tasks.isPending}
            options={(tasks.data?.items ?? []).map((task) => ({ value: task.id, label: `${task.leadOrganization.name}: ${task.text}` }))}
            aria-label={t('campaignTarget.task')}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/**
 * The target's scope: a preset ("Trường học và cơ sở giáo dục", "Công an xã, phường", "Xã, phường"),
 * every unit, or the kinds picked one by one. The value is the set of kinds the API takes.
 */
export function UnitTypesField({ value, onChange, id }: { value?: OrganizationType[]; onChange?: (v: OrganizationType[]) => void; id?: string }) {
  const { t } = useTranslation()
  const types = value ?? []
  const [custom, setCustom] = useState(false)
  const derived = choiceOf(types)
  const choice: ScopeChoice = custom ? 'custom' : derived
  return (
    <Flex vertical gap={8}>
      <Radio.Group
        id={id}
        value={choice}
        aria-label={t('campaignTarget.scope.label')}
        onChange={(e) => {
          const next = e.target.value as ScopeChoice
          setCustom(next === 'custom')
          onChange?.(unitTypesOf(next, types))
        }}
        options={SCOPE_CHOICES.map((c) => ({ value: c, label: t(`campaignTarget.scope.${c}`) }))}
      />
      {(choice !== 'all') && (
        <Select<OrganizationType[]>
          mode="multiple"
          value={types}
          onChange={(v) => {
            setCustom(choiceOf(v) === 'custom')
            onChange?.(v)
          }}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('campaignTarget.scope.pick')}
          aria-label={t('campaignTarget.scope.kinds')}
          options={ORGANIZATION_TYPES.map((o) => ({ value: o, label: t(`enums.organizationType.${o}`) }))}
          data-testid="target-unit-types"
        />
      )}
    </Flex>
  )
}
