import { Alert, Checkbox, DatePicker, Form, Modal, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '@/components/useErrorText'
import type { OrgRef, QuotaMatrix } from '@/lib/api/types'
import { DATE_TIME_FORMAT, toApiDateTime } from '@/lib/format'
import { now, toPicker } from '@/lib/clock'
import { applyServerErrors } from '@/lib/forms'
import { isApiError } from '@/lib/api/problem'
import { useExtendQuotas } from '../api/matrix'
import { quotasPastDeadline } from '../utils'

type Values = { organizationIds: number[]; until: Dayjs }

/** Reopens the lists of agencies past their deadline: a later deadline for each of their incomplete quotas. */
export function QuotaExtendDialog({ matrix, orgs, open, onClose, onDone }: {
  matrix: QuotaMatrix
  orgs: OrgRef[]
  open: boolean
  onClose: () => void
  onDone: (quotas: number) => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<Values>()
  const extend = useExtendQuotas(matrix.eventId)
  const [unmatched, setUnmatched] = useState<unknown>(null)
  const error = useErrorText(unmatched)

  return (
    <Modal
      open={open}
      title={t('matrix.extendTitle')}
      okText={t('matrix.extendConfirm')}
      cancelText={t('common.cancel')}
      confirmLoading={extend.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="quota-extend"
        initialValues={{ organizationIds: orgs.map((o) => o.id), until: toPicker(now().add(2, 'day').hour(17).minute(0).second(0)) }}
        onFinish={async (values) => {
          setUnmatched(null)
          const quotaIds = quotasPastDeadline(matrix, values.organizationIds).map((c) => c.quotaId)
          try {
            await extend.mutateAsync({ quotaIds, until: toApiDateTime(values.until) ?? '' })
            onDone(quotaIds.length)
          } catch (e) {
            const left = applyServerErrors(form, e)
            // field errors sit under their fields; anything else is said above the buttons
            const underFields = isApiError(e) && e.fieldErrors.length > 0 && left.unmatched.length === 0
            setUnmatched(underFields ? null : e)
          }
        }}
      >
        <Typography.Paragraph>{t('matrix.extendIntro')}</Typography.Paragraph>
        <Form.Item
          name="organizationIds"
          label={t('matrix.extendOrganizations')}
          rules={[{ required: true, type: 'array', min: 1, message: t('matrix.extendChooseOne') }]}
        >
          <Checkbox.Group options={orgs.map((o) => ({ value: o.id, label: o.name }))} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
        </Form.Item>
        <Form.Item name="until" label={t('matrix.extendUntil')} rules={[{ required: true, message: t('matrix.extendUntilRequired') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={DATE_TIME_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        {unmatched != null && <Alert type="error" showIcon title={error.title} description={error.detail} role="alert" />}
      </Form>
    </Modal>
  )
}
