import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSubmission } from '@/lib/api/useSubmission'
import { FormProblem } from '@/components/FormProblem'
import { OrgSelect } from '@/components/OrgSelect'
import { isApiError } from '@/lib/api/problem'
import type { Event, Quota } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { DATE_TIME_FORMAT } from '@/lib/format'
import { useCreateQuota, useInviteeCategories, useUpdateQuota } from '../api/events'
import { defaultDeadline, quotaToValues, valuesToQuotaInput, type QuotaFormValues } from './quotaFormValues'

/** Gives an organisation a quota of invitees of a category (or changes one: count, deadline, receiver, note). */
export function QuotaFormModal({ event, quota, open, onClose, onSaved }: {
  event: Event
  quota: Quota | null
  open: boolean
  onClose: () => void
  onSaved: (quota: Quota) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<QuotaFormValues>()
  const categories = useInviteeCategories(event.planId)
  const create = useCreateQuota(event.id)
  const submission = useSubmission('quota', open)
  const update = useUpdateQuota(event.id)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const unlimited = Form.useWatch('unlimited', form)
  const [initialValues] = useState<QuotaFormValues>(() =>
    quota ? quotaToValues(quota) : { unlimited: false, count: null, deadline: defaultDeadline(event) },
  )

  const submit = async (values: QuotaFormValues) => {
    setProblem(null)
    const body = valuesToQuotaInput(values)
    try {
      const saved = quota ? await update.mutateAsync({ quota, body }) : await submission.run((key) => create.mutateAsync({ body, key }))
      if (saved) onSaved(saved)
    } catch (e) {
      if (isApiError(e) && e.status === 412) {
        setProblem({ error: e, unmatched: [] })
      } else {
        setProblem(applyServerErrors(form, e))
      }
    }
  }

  return (
    <Modal
      open={open}
      title={quota ? t('quotaForm.editTitle') : t('quotaForm.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submission.pending || update.isPending}
      width={640}
      destroyOnHidden
      forceRender
      mask={{ closable: false }}
    >
      <FormProblem value={problem} />
      <Form<QuotaFormValues> form={form} layout="vertical" name="quota" initialValues={initialValues} onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item
          name="ownerOrganizationId"
          label={t('quota.owner')}
          rules={[{ required: true, message: t('quotaForm.ownerRequired') }]}
          extra={quota ? t('quotaForm.immutable') : undefined}
        >
          <OrgSelect known={quota ? [quota.owner] : []} aria-label={t('quota.owner')} disabled={!!quota} />
        </Form.Item>
        <Form.Item name="categoryId" label={t('quota.category')} rules={[{ required: true, message: t('quotaForm.categoryRequired') }]}>
          <Select
            aria-label={t('quota.category')}
            disabled={!!quota}
            loading={categories.isPending}
            notFoundContent={categories.isError ? t('errors.loadFailed') : undefined}
            showSearch={{ optionFilterProp: 'label' }}
            options={(categories.data?.items ?? []).map((c) => ({
              value: c.id,
              label: c.name,
              minors: c.minors,
            }))}
            optionRender={(o) => (
              <span>
                {o.label}
                {o.data.minors && (
                  <Tag color="purple" style={{ marginInlineStart: 8 }}>
                    {t('category.minors')}
                  </Tag>
                )}
              </span>
            )}
          />
        </Form.Item>
        <Row gutter={12} align="bottom">
          <Col xs={12} sm={8}>
            <Form.Item
              name="count"
              label={t('quota.count')}
              rules={[{ required: !unlimited, message: t('quotaForm.countRequired') }]}
            >
              <InputNumber min={1} max={100000} disabled={unlimited} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={16}>
            <Form.Item name="unlimited" valuePropName="checked">
              <Checkbox
                onChange={(e) => {
                  if (e.target.checked) form.setFieldValue('count', null)
                }}
              >
                {t('quota.unlimited')}
              </Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="deadline" label={t('quota.deadlineLabel')} rules={[{ required: true, message: t('quotaForm.deadlineRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="receivingOrganizationId" label={t('quota.receiver')} extra={t('quotaForm.receiverHint')}>
          <OrgSelect known={quota ? [quota.receiver] : []} aria-label={t('quota.receiver')} />
        </Form.Item>
        <Form.Item name="note" label={t('quota.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
