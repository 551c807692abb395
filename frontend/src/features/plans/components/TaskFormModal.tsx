import { Col, Form, Input, InputNumber, Modal, Radio, Row, Switch } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { DateInput } from '@/components/DateInput'
import { FormProblem } from '@/components/FormProblem'
import { OrgSelect } from '@/components/OrgSelect'
import type { Plan, Target, TargetKind, Task, TaskInput } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { fromApiDate, toApiDate } from '@/lib/format'
import { useCreateTask, useUpdateTask } from '../api/plans'

interface Values {
  label?: string
  leadOrganizationId?: number
  cooperatingOrganizationIds: number[]
  text: string
  dueDate?: Dayjs
  hasTarget: boolean
  target?: { kind: TargetKind; value?: number; unit?: string; scope?: string }
}

function initialValues(task: Task | null): Values {
  if (!task) return { cooperatingOrganizationIds: [], text: '', hasTarget: false, target: { kind: 'COUNT' } }
  return {
    label: task.label ?? undefined,
    leadOrganizationId: task.leadOrganization.id,
    cooperatingOrganizationIds: task.cooperatingOrganizations.map((o) => o.id),
    text: task.text,
    dueDate: fromApiDate(task.dueDate),
    hasTarget: task.target != null,
    target: task.target
      ? {
          kind: task.target.kind,
          value: task.target.value,
          unit: task.target.unit,
          scope: task.target.scope ?? undefined,
        }
      : { kind: 'COUNT' },
  }
}

function toTaskInput(v: Values): TaskInput {
  const target: Target | undefined =
    v.hasTarget && v.target
      ? {
          kind: v.target.kind,
          value: v.target.value ?? 0,
          unit: v.target.unit?.trim() ?? '',
          scope: v.target.scope?.trim() || undefined,
        }
      : undefined
  return {
    label: v.label?.trim() || undefined,
    leadOrganizationId: v.leadOrganizationId as number,
    cooperatingOrganizationIds: v.cooperatingOrganizationIds ?? [],
    text: v.text.trim(),
    dueDate: toApiDate(v.dueDate),
    target,
  }
}

/** Adds a task to a draft plan, or edits one: lead, cooperating organisations, text, due date, target. */
export function TaskFormModal({ plan, task, open, onClose, onSaved }: {
  plan: Plan
  task: Task | null
  open: boolean
  onClose: () => void
  onSaved: (task: Task) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const create = useCreateTask(plan.id)
  const submission = useSubmission('task', open)
  const update = useUpdateTask(plan.id)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const hasTarget = Form.useWatch('hasTarget', form)
  const kind = Form.useWatch(['target', 'kind'], form)
  const pending = submission.pending || update.isPending

  const submit = async (values: Values) => {
    setProblem(null)
    const body = toTaskInput(values)
    try {
      const saved = task ? await update.mutateAsync({ task, body }) : await submission.run((key) => create.mutateAsync({ body, key }))
      if (saved) onSaved(saved)
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <Modal
      open={open}
      title={task ? t('task.editTitle') : t('task.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      width={720}
      destroyOnHidden
      forceRender
      mask={{ closable: false }}
    >
      <FormProblem value={problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={initialValues(task)}
        preserve={false}
        name="task"
      >
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="label" label={t('task.label')} extra={t('task.labelHint')}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item
              name="leadOrganizationId"
              label={t('task.leadOrganization')}
              rules={[{ required: true, message: t('task.leadRequired') }]}
            >
              <OrgSelect known={task ? [task.leadOrganization] : []} aria-label={t('task.leadOrganization')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="cooperatingOrganizationIds" label={t('task.cooperatingOrganizations')}>
          <OrgSelect multiple known={task?.cooperatingOrganizations ?? []} aria-label={t('task.cooperatingOrganizations')} />
        </Form.Item>
        <Form.Item
          name="text"
          label={t('task.text')}
          rules={[{ required: true, whitespace: true, message: t('task.textRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="dueDate" label={t('task.dueDate')}>
              <DateInput />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="hasTarget" label={t('task.hasTarget')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {hasTarget && (
          <Row gutter={12}>
            <Col xs={24} sm={8}>
              <Form.Item name={['target', 'kind']} label={t('target.kind')}>
                <Radio.Group
                  optionType="button"
                  options={(['COUNT', 'PERCENT'] as const).map((k) => ({ value: k, label: t(`enums.targetKind.${k}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6}>
              <Form.Item
                name={['target', 'value']}
                label={t('target.value')}
                rules={[{ required: true, message: t('target.valueRequired') }]}
              >
                <InputNumber
                  min={0}
                  max={kind === 'PERCENT' ? 100 : undefined}
                  style={{ width: '100%' }}
                  suffix={kind === 'PERCENT' ? '%' : undefined}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={10}>
              <Form.Item
                name={['target', 'unit']}
                label={t('target.unit')}
                rules={[{ required: true, whitespace: true, message: t('target.unitRequired') }]}
              >
                <Input placeholder={t('target.unitPlaceholder')} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name={['target', 'scope']} label={t('target.scopeLabel')}>
                <Input placeholder={t('target.scopePlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
        )}
      </Form>
    </Modal>
  )
}
