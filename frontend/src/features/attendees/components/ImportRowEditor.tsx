import { Button, Checkbox, Col, Flex, Form, Input, Row } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FormProblem } from '@/components/FormProblem'
import type { ImportRow } from '@/lib/api/types'
import { applyServerErrors, type ServerFormError } from '@/lib/forms'
import { useUpdateImportRow } from '../api/imports'
import { cleanImportValues, importFieldsFor, isTicked, type ImportField } from '../utils'

type EditorValues = Partial<Record<ImportField, string | boolean>>

const WIDE: readonly ImportField[] = ['fullName', 'unit', 'school', 'position']

/** A refused row's cells, corrected in place and judged again by the server. */
export function ImportRowEditor({ importId, row, minors, onDone, onCancel }: {
  importId: number
  row: ImportRow
  minors: boolean
  onDone: (row: ImportRow) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [form] = Form.useForm<EditorValues>()
  const update = useUpdateImportRow(importId)
  const [problem, setProblem] = useState<ServerFormError | null>(null)
  const fields = importFieldsFor(minors, row.values)
  const [initialValues] = useState<EditorValues>(() => {
    const v: EditorValues = {}
    for (const f of fields) v[f] = f === 'difficultCircumstances' ? isTicked(row.values[f]) : (row.values[f] ?? '')
    return v
  })

  const submit = async (values: EditorValues) => {
    setProblem(null)
    // Cells the editor does not show (a column the category ignores) are kept as the file had them.
    const merged = { ...row.values, ...values }
    try {
      onDone(await update.mutateAsync({ rowNumber: row.rowNumber, values: cleanImportValues(merged) }))
    } catch (e) {
      setProblem(applyServerErrors(form, e))
    }
  }

  return (
    <div data-testid={`import-row-editor-${row.rowNumber}`} style={{ padding: '8px 0' }}>
      <FormProblem value={problem} />
      <Form<EditorValues> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void submit(v)} size="middle">
        <Row gutter={12}>
          {fields.map((f) =>
            f === 'difficultCircumstances' ? (
              <Col key={f} xs={24} sm={12} lg={8}>
                <Form.Item name={f} valuePropName="checked" style={{ marginTop: 30 }}>
                  <Checkbox>{t(`importField.${f}`)}</Checkbox>
                </Form.Item>
              </Col>
            ) : (
              <Col key={f} xs={24} sm={12} lg={WIDE.includes(f) ? 8 : 4}>
                <Form.Item name={f} label={t(`importField.${f}`)}>
                  <Input aria-label={t('import.cellOfRow', { field: t(`importField.${f}`), row: row.rowNumber })} />
                </Form.Item>
              </Col>
            ),
          )}
        </Row>
        <Flex gap={8} justify="flex-end">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('import.saveRow')}
          </Button>
        </Flex>
      </Form>
    </div>
  )
}
