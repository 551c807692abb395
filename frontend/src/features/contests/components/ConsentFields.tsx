import { Col, Form, Input, Radio, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { CONSENT_METHODS } from '@/lib/status'
import { PHONE } from '../contest'

/** The guardian's consent as a school records it: who agreed, their phone, and how the school knows. */
export function ConsentFields({ prefix = [] }: { prefix?: string[] }) {
  const { t } = useTranslation()
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item
            name={[...prefix, 'guardianName']}
            label={t('contestEntry.guardianName')}
            rules={[{ required: true, whitespace: true, message: t('contestEntry.guardianNameRequired') }]}
          >
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item
            name={[...prefix, 'guardianPhone']}
            label={t('contestEntry.guardianPhoneOptional')}
            rules={[{ pattern: PHONE, message: t('contestEntry.phoneInvalid') }]}
          >
            <Input type="tel" inputMode="tel" maxLength={30} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={[...prefix, 'method']} label={t('contestEntry.consentMethod')} rules={[{ required: true, message: t('contestEntry.consentMethodRequired') }]}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
          {CONSENT_METHODS.map((m) => (
            <Radio key={m} value={m}>
              {t(`enums.consentMethod.${m}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
    </>
  )
}
