import { Card, Checkbox, Empty, Pagination, Spin, Table, type TableProps } from 'antd'
import type { ColumnGroupType, ColumnType } from 'antd/es/table'
import { Fragment, useEffect, useRef, type HTMLAttributes, type Key, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { usePhoneLayout } from '@/lib/usePhoneLayout'

export interface ResponsiveTableProps<T> extends TableProps<T> {
  /** On a phone, a card after the rows' cards (what the table shows in its summary row, e.g. column totals). */
  summaryCard?: ReactNode
  /** On a phone, what a row is called (the accessible name of its selection box); the row key when absent. */
  rowLabel?: (record: T) => string
}

type LeafColumn<T> = ColumnType<T>

function leaves<T>(columns: TableProps<T>['columns']): LeafColumn<T>[] {
  return (columns ?? []).flatMap((c) =>
    'children' in c && Array.isArray((c as ColumnGroupType<T>).children)
      ? leaves((c as ColumnGroupType<T>).children)
      : c.hidden
        ? []
        : [c as LeafColumn<T>],
  )
}

function valueAt<T>(record: T, dataIndex: LeafColumn<T>['dataIndex']): unknown {
  if (dataIndex === undefined || dataIndex === null) return undefined
  const path = Array.isArray(dataIndex) ? dataIndex : [dataIndex]
  return path.reduce<unknown>((v, k) => (v == null ? undefined : (v as Record<string, unknown>)[k as string]), record)
}

function cellOf<T>(column: LeafColumn<T>, record: T, index: number): ReactNode {
  const value = valueAt(record, column.dataIndex)
  if (column.render) {
    const rendered = column.render(value, record, index)
    // a render may answer { children, props } as antd allows; a card shows the children
    if (rendered && typeof rendered === 'object' && 'children' in (rendered as object) && 'props' in (rendered as object)) {
      return (rendered as { children: ReactNode }).children
    }
    return rendered as ReactNode
  }
  return value == null ? '' : (value as ReactNode)
}

function titleOf<T>(column: LeafColumn<T>): ReactNode {
  return typeof column.title === 'function' ? column.title({}) : column.title
}

function keyOf<T>(record: T, index: number, rowKey: TableProps<T>['rowKey']): Key {
  if (typeof rowKey === 'function') return rowKey(record, index)
  const k = (rowKey ?? 'key') as string
  return (record as Record<string, Key>)[k] ?? index
}

/**
 * An antd table on a desktop, and on a phone (below `md`) one card per row: the first column is the card's
 * title, every other column a labelled line (the column's title, then its cell as the table draws it).
 * Selection, pagination, loading, the empty text, `onRow` attributes and `rowClassName` carry over.
 */
export function ResponsiveTable<T extends object>(props: ResponsiveTableProps<T>) {
  const { t } = useTranslation()
  const phone = usePhoneLayout()
  const { summaryCard, rowLabel, ...tableProps } = props
  if (!phone) return <ScrollableTable<T> {...tableProps} />

  const { columns, dataSource, rowKey, rowSelection, pagination, loading, locale, onRow, rowClassName } = tableProps
  const [first, ...rest] = leaves(columns)
  const rows = dataSource ?? []
  const selected = rowSelection?.selectedRowKeys ?? []
  const spinning = typeof loading === 'object' ? !!loading.spinning : !!loading
  const emptyText = locale?.emptyText
  const empty = typeof emptyText === 'function' ? emptyText() : emptyText

  const toggle = (key: Key, checked: boolean) => {
    const keys = checked ? [...selected, key] : selected.filter((k) => k !== key)
    const picked = rows.filter((r, i) => keys.includes(keyOf(r, i, rowKey)))
    rowSelection?.onChange?.(keys, picked, { type: 'single' })
  }

  return (
    <Spin spinning={spinning}>
      {rows.length === 0 ? (
        (empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />)
      ) : (
        <ul className="rt-cards">
          {rows.map((record, index) => {
            const key = keyOf(record, index, rowKey)
            const attrs = (onRow?.(record, index) ?? {}) as HTMLAttributes<HTMLElement>
            const extraClass = typeof rowClassName === 'function' ? rowClassName(record, index, 0) : (rowClassName ?? '')
            const title = first ? cellOf(first, record, index) : null
            return (
              <li key={key} {...(attrs as HTMLAttributes<HTMLLIElement>)} className={`rt-card ${extraClass}`.trim()}>
                <Card
                  size="small"
                  title={title}
                  extra={
                    rowSelection && (
                      <Checkbox
                        checked={selected.includes(key)}
                        onChange={(e) => toggle(key, e.target.checked)}
                        aria-label={t('common.selectRow', { name: rowLabel ? rowLabel(record) : typeof title === 'string' ? title : String(key) })}
                        {...(rowSelection.getCheckboxProps?.(record) ?? {})}
                      />
                    )
                  }
                >
                  <dl className="rt-fields">
                    {rest.map((column, i) => (
                      <Fragment key={String(column.key ?? column.dataIndex ?? i)}>
                        <dt>{titleOf(column)}</dt>
                        <dd>{cellOf(column, record, index)}</dd>
                      </Fragment>
                    ))}
                  </dl>
                </Card>
              </li>
            )
          })}
        </ul>
      )}
      {summaryCard}
      {pagination && rows.length > 0 && (
        <Pagination
          {...pagination}
          simple
          align="center"
          style={{ marginTop: 12 }}
          showTotal={pagination.showTotal}
        />
      )}
    </Spin>
  )
}

/**
 * The table; when it is wider than its box (it scrolls sideways), its scrolling box takes the keyboard focus,
 * so that a keyboard user can scroll it too (it may hold no link or button to focus).
 */
function ScrollableTable<T extends object>(props: TableProps<T>) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const root = box.current
    if (!root) return
    const mark = () => {
      for (const el of root.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body')) {
        if (el.scrollWidth > el.clientWidth) el.tabIndex = 0
        else el.removeAttribute('tabindex')
      }
    }
    mark()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(mark)
    observer.observe(root)
    return () => observer.disconnect()
  })
  return (
    <div ref={box}>
      <Table<T> {...props} />
    </div>
  )
}
