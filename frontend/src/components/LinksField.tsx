import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Flex, Form, Input } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isHttpUrl } from '@/lib/format'

/** A list of http(s) links as evidence: one input per link, checked as the API checks them. */
export function LinksField({ name, label, extra }: { name: string; label: ReactNode; extra?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <Form.Item label={label} extra={extra} style={{ marginBottom: 12 }}>
          <Flex vertical gap={8}>
            {fields.map((field, i) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={field.name}
                  style={{ flex: 1, marginBottom: 0 }}
                  validateTrigger={['onChange', 'onBlur']}
                  rules={[
                    { required: true, whitespace: true, message: t('report.linkRequired') },
                    {
                      validator: (_, v: string) =>
                        !v || isHttpUrl(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('report.linkInvalid'))),
                    },
                  ]}
                >
                  <Input type="url" inputMode="url" placeholder={t('report.linkPlaceholder')} aria-label={t('report.linkN', { n: i + 1 })} />
                </Form.Item>
                <Button danger type="text" icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('report.removeLink')} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
              {t('report.addLink')}
            </Button>
          </Flex>
        </Form.Item>
      )}
    </Form.List>
  )
}
