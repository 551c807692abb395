import { DatePicker, Form, Modal, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import { effectiveDeadline } from '@/components/quotaText'
import type { Quota } from '@/lib/api/types'
import { inVietnam, now, toPicker } from '@/lib/clock'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { DATE_TIME_FORMAT, formatDateTime, toApiDateTime } from '@/lib/format'
import { useExtendQuota } from '../api/events'

/** Extends one organisation's submission deadline (the quota unlocks until then). */
export function ExtendQuotaModal({ eventId, quota, onClose, onExtended }: {
  eventId: number
  quota: Quota | null
  onClose: () => void
  onExtended: (quota: Quota) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<{ until?: Dayjs }>()
  const extend = useExtendQuota(eventId)
  const [problem, setProblem] = useState<ServerFormError | null>(null)

  const submit = async ({ until }: { until?: Dayjs }) => {
    if (!quota) return
    setProblem(null)
    try {
      onExtended(await extend.mutateAsync({ quota, until: toApiDateTime(until) as string }))
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  const current = quota ? effectiveDeadline(quota) : undefined
  const suggested = quota ? suggestedExtension(current) : undefined

  return (
    <Modal
      open={quota !== null}
      title={t('quotaForm.extendTitle')}
      okText={t('quotaForm.extend')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={extend.isPending}
      destroyOnHidden
      forceRender
    >
      {quota && (
        <Typography.Paragraph>
          {t('quotaForm.extendIntro', {
            owner: quota.owner.name,
            category: quota.category.name,
            deadline: formatDateTime(current),
          })}
        </Typography.Paragraph>
      )}
      <FormProblem value={problem} />
      <Form form={form} layout="vertical" name="extend" initialValues={{ until: suggested }} onFinish={(v) => void submit(v)} preserve={false}>
        <Form.Item name="until" label={t('quotaForm.until')} rules={[{ required: true, message: t('quotaForm.untilRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** 23:59 (Vietnam) on the day after the deadline in force, or after today once it has passed; for the picker. */
function suggestedExtension(current: string | undefined): Dayjs {
  const base = current && inVietnam(current).isAfter(now()) ? inVietnam(current) : now()
  // Wall time in Vietnam: the picker reads it back on Vietnam's clock.
  return toPicker(base).add(1, 'day').hour(23).minute(59).second(0).millisecond(0)
}
