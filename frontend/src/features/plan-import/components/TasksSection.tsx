import { DeleteOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Checkbox, Col, Flex, Input, InputNumber, Popconfirm, Row, Select, Tag, Typography } from 'antd'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { OrgSelect } from '@/components/OrgSelect'
import type { OrgRef, TargetKind } from '@/lib/api/types'
import {
  followLead,
  patchItem,
  quotaOwner,
  removeTask,
  setLead,
  setQuotaOwner,
  unknownLead,
  dropItem,
  type EditQuota,
  type EditTask,
  type ImportState,
} from '../draft'
import { inputId, pathAttributes, useReview, type Update } from './context'
import { DraftField, RowErrors, SourceBadge } from './DraftField'
import { DateTimeInput, DayInput } from './inputs'

const TARGET_KINDS: readonly TargetKind[] = ['COUNT', 'PERCENT']

/** Section III: one card per task, with its lead agency, cooperators, text, due date, target and invitation quotas. */
const NO_QUOTAS: readonly EditQuota[] = []

export const TasksSection = memo(function TasksSection({
  tasks,
  quotas,
  events,
  update,
}: Pick<ImportState, 'tasks' | 'quotas' | 'events'> & { update: Update }) {
  const { t } = useTranslation()
  // Grouped once per change of the quotas, so a task whose quotas did not change is not drawn again.
  const byTask = useMemo(() => {
    const map = new Map<number, EditQuota[]>()
    for (const q of quotas) map.set(q.taskKey, [...(map.get(q.taskKey) ?? []), q])
    return map
  }, [quotas])
  return (
    <Card title={t('planImport.task.section', { count: tasks.length })} size="small" data-testid="import-tasks">
      <Flex vertical gap={12}>
        {tasks.length === 0 && <Typography.Text type="secondary">{t('planImport.task.none')}</Typography.Text>}
        {tasks.map((task, i) => (
          <TaskCard key={task.key} task={task} n={i + 1} quotas={byTask.get(task.key) ?? NO_QUOTAS} events={events} update={update} />
        ))}
      </Flex>
    </Card>
  )
})

const TaskCard = memo(function TaskCard({
  task,
  n,
  quotas,
  events,
  update,
}: {
  task: EditTask
  n: number
  quotas: readonly EditQuota[]
  events: ImportState['events']
  update: Update
}) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { draft, orgs, rememberOrg, flashPath } = useReview()
  const at = `tasks[${task.key}]`
  const name = task.label ? t('planImport.task.titleLabel', { n, label: task.label }) : t('planImport.task.title', { n })
  const unknown = task.leadOrganizationId == null ? unknownLead(draft, task.key) : null
  const wasUnknown = draft.tasks[task.key]?.leadOrganizationId == null
  const set = (patch: Partial<EditTask>) => update((s) => ({ ...s, tasks: patchItem(s.tasks, task.key, patch) }))

  const chooseLead = (orgId: number | undefined, org?: OrgRef) => {
    if (org) rememberOrg(org)
    let others = 0
    update((s) => {
      const result = setLead(s, task.key, orgId)
      others = result.alsoFilled.length
      return result.state
    })
    if (others > 0 && orgId !== undefined) {
      void message.info(t('planImport.task.alsoFilled', { count: others, label: task.label }))
    }
  }

  return (
    <Card
      size="small"
      type="inner"
      data-testid="import-task"
      data-task={task.key}
      {...pathAttributes(at, flashPath)}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{name}</span>
          {task.leadOrganizationId == null && <Tag color="red">{t('planImport.task.noLead')}</Tag>}
        </Flex>
      }
      extra={
        <Popconfirm
          title={quotas.length > 0 ? t('planImport.task.removeWithQuotas', { count: quotas.length }) : t('planImport.task.removeConfirm')}
          okText={t('planImport.remove')}
          cancelText={t('common.cancel')}
          onConfirm={() => update((s) => removeTask(s, task.key))}
        >
          <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('planImport.task.remove', { task: name })}>
            {t('planImport.remove')}
          </Button>
        </Popconfirm>
      }
    >
      <RowErrors path={at} />
      {unknown && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="unknown-lead"
          title={unknown.text ? t('planImport.task.unknownLead', { text: unknown.text }) : t('planImport.task.noLeadRead')}
          description={
            unknown.suggestions.length > 0 ? (
              <Flex gap={6} wrap align="center">
                <span>{t('planImport.task.suggestions')}</span>
                {unknown.suggestions.map((s) => (
                  <Button
                    key={s.id}
                    size="small"
                    onClick={() => chooseLead(s.id, s)}
                    aria-label={t('planImport.task.chooseSuggestion', { name: s.name, task: name })}
                  >
                    {s.name}
                  </Button>
                ))}
              </Flex>
            ) : (
              t('planImport.task.noSuggestions')
            )
          }
        />
      )}
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <DraftField path={`${at}.label`} label={t('task.label')} htmlFor={inputId(`${at}.label`)}>
            <Input id={inputId(`${at}.label`)} value={task.label ?? ''} maxLength={20} onChange={(e) => set({ label: e.target.value })} />
          </DraftField>
        </Col>
        <Col xs={24} md={18}>
          <DraftField
            path={`${at}.leadOrganizationId`}
            label={t('task.leadOrganization')}
            htmlFor={inputId(`${at}.leadOrganizationId`)}
            required
            resolved={wasUnknown && task.leadOrganizationId != null}
          >
            <OrgSelect
              id={inputId(`${at}.leadOrganizationId`)}
              aria-label={t('planImport.task.leadOf', { task: name })}
              known={orgs}
              value={task.leadOrganizationId ?? undefined}
              status={task.leadOrganizationId == null ? 'error' : undefined}
              onChange={(v) => chooseLead(v)}
              onPicked={rememberOrg}
            />
          </DraftField>
        </Col>
      </Row>
      <DraftField path={`${at}.cooperatingOrganizationIds`} label={t('task.cooperatingOrganizations')} htmlFor={inputId(`${at}.cooperatingOrganizationIds`)}>
        <OrgSelect
          multiple
          id={inputId(`${at}.cooperatingOrganizationIds`)}
          aria-label={t('planImport.task.cooperatorsOf', { task: name })}
          known={orgs}
          value={task.cooperatingOrganizationIds}
          onChange={(v) => set({ cooperatingOrganizationIds: v })}
        />
      </DraftField>
      <DraftField path={`${at}.text`} label={t('task.text')} htmlFor={inputId(`${at}.text`)} required>
        <Input.TextArea
          id={inputId(`${at}.text`)}
          value={task.text}
          autoSize={{ minRows: 2, maxRows: 10 }}
          maxLength={10000}
          onChange={(e) => set({ text: e.target.value })}
        />
      </DraftField>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <DraftField path={`${at}.dueDate`} label={t('task.dueDate')} htmlFor={inputId(`${at}.dueDate`)}>
            <DayInput id={inputId(`${at}.dueDate`)} value={task.dueDate} onChange={(v) => set({ dueDate: v })} />
          </DraftField>
        </Col>
        <Col xs={24} md={16}>
          <DraftField path={`${at}.target`} label={t('task.target')}>
            {task.target ? (
              <Flex gap={6} align="center" wrap>
                <Select<TargetKind>
                  value={task.target.kind}
                  aria-label={t('target.kind')}
                  style={{ width: 130 }}
                  options={TARGET_KINDS.map((k) => ({ value: k, label: t(`enums.targetKind.${k}`) }))}
                  onChange={(kind) => task.target && set({ target: { ...task.target, kind } })}
                />
                <InputNumber
                  value={task.target.value}
                  min={0.01}
                  max={task.target.kind === 'PERCENT' ? 100 : 999999999}
                  aria-label={t('target.value')}
                  style={{ width: 110 }}
                  onChange={(v) => v != null && task.target && set({ target: { ...task.target, value: v } })}
                />
                <Input
                  value={task.target.unit}
                  aria-label={t('target.unit')}
                  maxLength={100}
                  style={{ flex: '1 1 140px', minWidth: 120 }}
                  onChange={(e) => task.target && set({ target: { ...task.target, unit: e.target.value } })}
                />
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('planImport.task.removeTarget', { task: name })}
                  title={t('planImport.task.removeTarget', { task: name })}
                  onClick={() => set({ target: undefined })}
                />
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('planImport.task.noTarget')}</Typography.Text>
            )}
          </DraftField>
        </Col>
      </Row>
      {quotas.length > 0 && (
        <Flex vertical gap={8} style={{ borderTop: '1px dashed #f0f0f0', paddingTop: 8 }}>
          <Typography.Text strong>{t('planImport.quota.title', { count: quotas.length })}</Typography.Text>
          {quotas.map((q) => (
            <QuotaRow key={q.key} quota={q} task={task} taskName={name} events={events} update={update} />
          ))}
        </Flex>
      )}
    </Card>
  )
})

function QuotaRow({
  quota,
  task,
  taskName,
  events,
  update,
}: {
  quota: EditQuota
  task: EditTask
  taskName: string
  events: ImportState['events']
  update: Update
}) {
  const { t } = useTranslation()
  const { orgs, rememberOrg, flashPath } = useReview()
  const at = `quotas[${quota.key}]`
  const owner = quotaOwner({ tasks: [task] }, quota)
  const event = events.find((e) => e.key === quota.eventKey)
  const set = (patch: Partial<EditQuota>) => update((s) => ({ ...s, quotas: patchItem(s.quotas, quota.key, patch) }))
  const name = t('planImport.quota.name', { phrase: quota.phrase, task: taskName })
  const attrs = pathAttributes(at, flashPath)

  return (
    <div {...attrs} data-testid="import-quota" style={{ background: '#fafafa', padding: 8, ...attrs.style }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Flex gap={6} align="center" wrap>
          {quota.categoryName && <Tag>{quota.categoryName}</Tag>}
          <Typography.Text>{quota.phrase}</Typography.Text>
          <SourceBadge path={at} name={name} />
        </Flex>
        <Button
          type="text"
          danger
          size="small"
          icon={<DeleteOutlined />}
          aria-label={t('planImport.quota.remove', { name })}
          title={t('planImport.quota.remove', { name })}
          onClick={() => update((s) => ({ ...s, quotas: dropItem(s.quotas, quota.key) }))}
        />
      </Flex>
      <RowErrors path={at} />
      {!event && <Alert type="warning" showIcon style={{ margin: '4px 0 8px' }} title={t('planImport.quota.noEvent')} />}
      <Row gutter={8}>
        <Col xs={24} md={12}>
          <DraftField
            path={`${at}.ownerOrganizationId`}
            label={t('quota.owner')}
            htmlFor={inputId(`${at}.ownerOrganizationId`)}
            compact
            extra={
              quota.ownerFollowsLead ? (
                t('planImport.quota.followsLead')
              ) : (
                <Button type="link" size="small" style={{ padding: 0 }} onClick={() => update((s) => followLead(s, quota.key))}>
                  {t('planImport.quota.useLead')}
                </Button>
              )
            }
          >
            <OrgSelect
              id={inputId(`${at}.ownerOrganizationId`)}
              aria-label={t('planImport.quota.ownerOf', { name })}
              known={orgs}
              value={owner ?? undefined}
              placeholder={task.leadOrganizationId == null ? t('planImport.quota.ownerAfterLead') : undefined}
              onChange={(v) => update((s) => setQuotaOwner(s, quota.key, v))}
              onPicked={rememberOrg}
            />
          </DraftField>
        </Col>
        <Col xs={24} md={12}>
          <DraftField path={`${at}.categoryId`} label={t('quota.category')} compact>
            {quota.categoryId != null ? (
              <Typography.Text>{quota.categoryName ?? t('planImport.quota.categoryUnnamed')}</Typography.Text>
            ) : (
              <Typography.Text type="danger">{t('planImport.quota.unknownCategory', { phrase: quota.phrase })}</Typography.Text>
            )}
          </DraftField>
        </Col>
        <Col xs={24} md={8}>
          <DraftField path={`${at}.count`} label={t('quota.count')} htmlFor={inputId(`${at}.count`)} compact>
            <Flex gap={8} align="center" wrap>
              <InputNumber
                id={inputId(`${at}.count`)}
                min={1}
                max={100000}
                value={quota.count ?? null}
                disabled={quota.count == null}
                style={{ width: 100 }}
                onChange={(v) => v != null && set({ count: v })}
              />
              <Checkbox checked={quota.count == null} onChange={(e) => set({ count: e.target.checked ? undefined : 1 })}>
                {t('quota.unlimited')}
              </Checkbox>
            </Flex>
          </DraftField>
        </Col>
        <Col xs={24} md={8}>
          <DraftField path={`${at}.deadline`} label={t('quota.deadlineLabel')} htmlFor={inputId(`${at}.deadline`)} required compact>
            <DateTimeInput id={inputId(`${at}.deadline`)} value={quota.deadline} onChange={(v) => set({ deadline: v })} />
          </DraftField>
        </Col>
        {events.length > 1 && (
          <Col xs={24} md={8}>
            <DraftField path={`${at}.eventIndex`} label={t('planImport.quota.event')} htmlFor={inputId(`${at}.eventIndex`)} compact>
              <Select<number>
                id={inputId(`${at}.eventIndex`)}
                value={event ? quota.eventKey : undefined}
                options={events.map((e, i) => ({ value: e.key, label: e.title || t('planImport.event.title', { n: i + 1 }) }))}
                onChange={(eventKey) => set({ eventKey })}
              />
            </DraftField>
          </Col>
        )}
      </Row>
    </div>
  )
}
