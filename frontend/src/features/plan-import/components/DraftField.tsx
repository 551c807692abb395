import { AimOutlined } from '@ant-design/icons'
import { Button, Form, Tag, Tooltip } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { fieldsAt, fieldTone, lowestPercent, TONE_STYLE, worstTone } from '../highlight'
import { pathAttributes, useReview } from './context'

/**
 * How sure the importer is of the value at `path`, as a badge; when the value was read from the
 * document, the badge is a button that shows its source there.
 */
export function SourceBadge({ path, name, resolved }: { path: string; name: string; resolved?: boolean }) {
  const { t } = useTranslation()
  const { draft, byPath, reveal } = useReview()
  const fields = fieldsAt(byPath, path).map((i) => draft.fields[i])
  const found = worstTone(fields.map(fieldTone))
  if (!found) return null
  // An agency the importer could not match, since chosen by the coordinator.
  const tone = found === 'unknown' && resolved ? 'chosen' : found
  const percent = lowestPercent(fields.filter((f) => f.status === 'FOUND')) ?? lowestPercent(fields) ?? 0
  const text =
    tone === 'chosen'
      ? t('planImport.tone.chosenShort')
      : tone === 'unknown'
        ? t('planImport.tone.unknownShort')
        : tone === 'missing'
          ? t('planImport.tone.missingShort')
          : t('planImport.percent', { percent })
  const description = t(`planImport.tone.${tone}`, { percent })
  const hasSource = fields.some((f) => f.source)
  const tag = (
    <Tag color={tone === 'chosen' ? 'blue' : TONE_STYLE[tone].tag} style={{ marginInlineEnd: 0 }} data-testid="source-badge" data-tone={tone}>
      {hasSource && <AimOutlined style={{ marginInlineEnd: 4 }} />}
      {text}
    </Tag>
  )
  if (!hasSource) {
    return (
      <Tooltip title={description}>
        <span>{tag}</span>
      </Tooltip>
    )
  }
  return (
    <Tooltip title={`${description} ${t('planImport.showSourceHint')}`}>
      <Button
        type="text"
        size="small"
        style={{ padding: 0, height: 'auto' }}
        aria-label={t('planImport.showSource', { field: name, tone: description })}
        onClick={() => reveal(path)}
      >
        {tag}
      </Button>
    </Tooltip>
  )
}

/**
 * One value of the draft: its label, its editor, the importer's confidence and the server's
 * refusal. Focusing it shows where it was read.
 */
export function DraftField({
  path,
  label,
  htmlFor,
  required,
  extra,
  children,
  compact,
  resolved,
  sourcePath,
}: {
  path: string
  /** The importer's path when it differs from the editor's (`campaign.period` for both dates). */
  sourcePath?: string
  resolved?: boolean
  label: string
  htmlFor?: string
  required?: boolean
  extra?: ReactNode
  children: ReactNode
  compact?: boolean
}) {
  const { errorsAt, reveal, flashPath } = useReview()
  const errors = errorsAt.get(path)
  return (
    <div {...pathAttributes(path, flashPath)} onFocus={() => reveal(sourcePath ?? path)}>
      <div style={{ position: 'absolute', top: 0, right: 0, zIndex: 1 }}>
        <SourceBadge path={sourcePath ?? path} name={label} resolved={resolved} />
      </div>
      <Form.Item
        label={label}
        htmlFor={htmlFor}
        required={required}
        validateStatus={errors ? 'error' : undefined}
        help={errors ? errors.join(' ') : undefined}
        extra={extra}
        style={compact ? { marginBottom: 8 } : undefined}
      >
        {children}
      </Form.Item>
    </div>
  )
}

/** The server's refusals for a whole row (those no field of it shows). */
export function RowErrors({ path }: { path: string }) {
  const { errorsAt } = useReview()
  const errors = errorsAt.get(path)
  if (!errors) return null
  return (
    <div role="alert" style={{ color: '#cf1322', marginBottom: 8 }} data-testid="row-errors">
      {errors.join(' ')}
    </div>
  )
}
