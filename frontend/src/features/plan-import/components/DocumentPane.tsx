import { Flex, Tag, Tooltip, Typography } from 'antd'
import { memo, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExtractedField, PlanDraft } from '@/lib/api/types'
import { fieldTone, segmentTone, TONE_STYLE, type Segment, type Tone } from '../highlight'
import { useFieldLabel } from './useFieldLabel'

export interface Flash {
  fields: readonly number[]
  /** Changes on every request, so asking twice for the same span flashes it twice. */
  nonce: number
}

const LEGEND: readonly Tone[] = ['high', 'medium', 'low', 'unknown']
const FLASH_MS = 1600

function markStyle(tone: Tone, flashing: boolean): CSSProperties {
  const style = TONE_STYLE[tone]
  return {
    background: style.background,
    borderBottom: `2px solid ${style.border}`,
    padding: 0,
    borderRadius: 2,
    cursor: 'pointer',
    color: 'inherit',
    outline: flashing ? '3px solid #1677ff' : undefined,
    boxShadow: flashing ? '0 0 0 5px rgba(22, 119, 255, 0.25)' : undefined,
    transition: 'outline 0.2s, box-shadow 0.2s',
  }
}

/**
 * The document as the importer read it, line by line, with the source of every extracted value
 * highlighted in the colour of its confidence (unknown agencies in red). Hovering a span names the
 * fields it fed; choosing it takes the coordinator to the first of them.
 */
export const DocumentPane = memo(function DocumentPane({
  draft,
  segments,
  flash,
  onPick,
  maxHeight,
}: {
  draft: PlanDraft
  segments: readonly Segment[][]
  flash: Flash | null
  onPick: (field: ExtractedField) => void
  maxHeight: string
}) {
  const { t } = useTranslation()
  const label = useFieldLabel(draft)
  const container = useRef<HTMLDivElement>(null)
  // The flash fades by itself: the request whose time is up.
  const [faded, setFaded] = useState<number | null>(null)
  const flashing = new Set(flash && faded !== flash.nonce ? flash.fields : [])

  useEffect(() => {
    if (!flash || flash.fields.length === 0) return
    const box = container.current
    const first = box?.querySelector<HTMLElement>(`[data-fields~="${flash.fields[0]}"]`)
    if (box && first) box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3)
    const timer = setTimeout(() => setFaded(flash.nonce), FLASH_MS)
    return () => clearTimeout(timer)
  }, [flash])

  const describe = (seg: Segment) =>
    seg.fields.map((i) => {
      const f = draft.fields[i]
      const tone = fieldTone(f)
      const value = f.value ?? f.text ?? ''
      return `${label(f)}${value ? `: ${value}` : ''} (${t(`planImport.tone.${tone}`, { percent: Math.round(f.confidence * 100) })})`
    })

  const pick = (seg: Segment) => onPick(draft.fields[seg.fields[0]])

  return (
    <Flex vertical gap={8}>
      <Flex gap={6} wrap align="center" aria-label={t('planImport.document.legend')} role="group">
        {LEGEND.map((tone) => (
          <Tag key={tone} color={TONE_STYLE[tone].tag} style={{ marginInlineEnd: 0 }}>
            {t(`planImport.legend.${tone}`)}
          </Tag>
        ))}
      </Flex>
      <div
        ref={container}
        role="region"
        aria-label={t('planImport.document.title')}
        data-testid="import-document"
        tabIndex={0}
        style={{
          position: 'relative',
          maxHeight,
          overflow: 'auto',
          border: '1px solid #f0f0f0',
          borderRadius: 8,
          background: '#fff',
          padding: '8px 0',
          fontFamily: '"Times New Roman", "Noto Serif", Georgia, serif',
          fontSize: 14,
          lineHeight: 1.6,
        }}
      >
        {draft.lines.length === 0 && (
          <Typography.Text type="secondary" style={{ padding: 12 }}>
            {t('planImport.document.empty')}
          </Typography.Text>
        )}
        {segments.map((line, i) => (
          <div key={i} style={{ display: 'flex', minHeight: '1.6em' }} data-line={i}>
            <span
              aria-hidden
              style={{
                flex: '0 0 3.2em',
                textAlign: 'right',
                paddingInlineEnd: 10,
                color: '#bfbfbf',
                userSelect: 'none',
                fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
                fontSize: 12,
                lineHeight: '22.4px',
              }}
            >
              {i + 1}
            </span>
            <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', paddingInlineEnd: 12, minWidth: 0 }}>
              {line.map((seg) => {
                const tone = segmentTone(seg, draft.fields)
                if (!tone) return <span key={seg.start}>{seg.text}</span>
                const lines = describe(seg)
                const lit = seg.fields.some((f) => flashing.has(f))
                return (
                  <Tooltip
                    key={seg.start}
                    title={
                      <div>
                        {lines.map((l, k) => (
                          <div key={k}>{l}</div>
                        ))}
                      </div>
                    }
                  >
                    <mark
                      data-fields={seg.fields.join(' ')}
                      data-tone={tone}
                      data-flash={lit || undefined}
                      role="button"
                      tabIndex={0}
                      aria-label={t('planImport.document.span', { text: seg.text, fields: lines.join('; ') })}
                      style={markStyle(tone, lit)}
                      onClick={() => pick(seg)}
                      onKeyDown={(e: KeyboardEvent) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault()
                          pick(seg)
                        }
                      }}
                    >
                      {seg.text}
                    </mark>
                  </Tooltip>
                )
              })}
            </span>
          </div>
        ))}
      </div>
    </Flex>
  )
})
