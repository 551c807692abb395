import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'
import { isHttpUrl } from '@/lib/format'
import { hasWork } from '../contest'

/** The work's title, and a link to it or its text (one of the two). */
export function WorkFields() {
  const { t } = useTranslation()
  const needsWork = ({ getFieldValue }: { getFieldValue: (name: string) => string | undefined }) => ({
    validator: () =>
      hasWork(getFieldValue('workUrl'), getFieldValue('workText')) ? Promise.resolve() : Promise.reject(new Error(t('contestEntry.workRequired'))),
  })
  return (
    <>
      <Form.Item name="title" label={t('contestEntry.title')} rules={[{ required: true, whitespace: true, message: t('contestEntry.titleRequired') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="workUrl"
        label={t('contestEntry.workUrl')}
        extra={t('contestEntry.workUrlHint')}
        dependencies={['workText']}
        rules={[
          needsWork,
          { validator: (_, v?: string) => (!v?.trim() || isHttpUrl(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('report.linkInvalid')))) },
        ]}
      >
        <Input type="url" inputMode="url" maxLength={1000} placeholder={t('report.linkPlaceholder')} />
      </Form.Item>
      <Form.Item name="workText" label={t('contestEntry.workText')} extra={t('contestEntry.workTextHint')}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20000} />
      </Form.Item>
    </>
  )
}
