import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { TableProps } from 'antd'
import type { HTMLAttributes } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderWithProviders } from '@/test/render'
import { ResponsiveTable } from './ResponsiveTable'

interface Row {
  id: number
  agency: { name: string }
  figure: number
  state: string
}

const ROWS: Row[] = [
  { id: 1, agency: { name: 'Sở Giáo dục và Đào tạo' }, figure: 40, state: 'Quá hạn' },
  { id: 2, agency: { name: 'Sở Nội vụ' }, figure: 100, state: 'Đã xong' },
]

const COLUMNS: TableProps<Row>['columns'] = [
  { title: 'Đơn vị', dataIndex: ['agency', 'name'] },
  { title: 'Tỷ lệ đạt', dataIndex: 'figure', render: (v: number) => `${v}%` },
  { title: 'Tình trạng', key: 'state', render: (_, r) => <strong>{r.state}</strong> },
]

/** The browser's answer to the phone media query (antd's `md` breakpoint). */
function viewport(phone: boolean) {
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        matches: phone && query.includes('max-width: 767'),
        media: query,
        onchange: null,
        addListener: vi.fn(),
        removeListener: vi.fn(),
        addEventListener: vi.fn(),
        removeEventListener: vi.fn(),
        dispatchEvent: vi.fn(),
      }) as unknown as MediaQueryList,
  )
}

afterEach(() => vi.restoreAllMocks())

describe('ResponsiveTable', () => {
  it('is the table on a desktop', () => {
    viewport(false)
    renderWithProviders(<ResponsiveTable<Row> rowKey="id" columns={COLUMNS} dataSource={ROWS} pagination={false} />)
    expect(screen.getByRole('table')).toBeInTheDocument()
    expect(screen.getByRole('columnheader', { name: 'Tỷ lệ đạt' })).toBeInTheDocument()
    expect(screen.queryByRole('list')).not.toBeInTheDocument()
  })

  it('is one card per row on a phone: the first column as its title, the others labelled by their column title', () => {
    viewport(true)
    renderWithProviders(
      <ResponsiveTable<Row>
        rowKey="id"
        columns={COLUMNS}
        dataSource={ROWS}
        pagination={false}
        onRow={(r) => ({ 'data-testid': `row-${r.id}` }) as HTMLAttributes<HTMLElement>}
      />,
    )
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    const cards = within(screen.getByRole('list')).getAllByRole('listitem')
    expect(cards).toHaveLength(2)
    const first = screen.getByTestId('row-1')
    expect(first).toHaveTextContent('Sở Giáo dục và Đào tạo')
    // label and value pairs, as a description list
    const terms = within(first).getAllByRole('term').map((t) => t.textContent)
    const values = within(first).getAllByRole('definition').map((d) => d.textContent)
    expect(terms).toEqual(['Tỷ lệ đạt', 'Tình trạng'])
    expect(values).toEqual(['40%', 'Quá hạn'])
    expect(screen.getByTestId('row-2')).toHaveTextContent('Sở Nội vụ')
  })

  it('carries the selection over, each box named after its row', async () => {
    viewport(true)
    const onChange = vi.fn()
    renderWithProviders(
      <ResponsiveTable<Row>
        rowKey="id"
        columns={COLUMNS}
        dataSource={ROWS}
        pagination={false}
        rowLabel={(r) => r.agency.name}
        rowSelection={{ selectedRowKeys: [1], onChange }}
      />,
    )
    const first = screen.getByRole('checkbox', { name: 'Chọn Sở Giáo dục và Đào tạo' })
    const second = screen.getByRole('checkbox', { name: 'Chọn Sở Nội vụ' })
    expect(first).toBeChecked()
    expect(second).not.toBeChecked()
    await userEvent.click(second)
    expect(onChange).toHaveBeenCalledWith([1, 2], ROWS, { type: 'single' })
  })

  it('shows the empty text, and pages as the table would', async () => {
    viewport(true)
    const { unmount } = renderWithProviders(
      <ResponsiveTable<Row> rowKey="id" columns={COLUMNS} dataSource={[]} locale={{ emptyText: 'Chưa có đơn vị nào' }} />,
    )
    expect(screen.getByText('Chưa có đơn vị nào')).toBeInTheDocument()
    unmount()

    const onPage = vi.fn()
    renderWithProviders(
      <ResponsiveTable<Row>
        rowKey="id"
        columns={COLUMNS}
        dataSource={ROWS}
        pagination={{ current: 1, pageSize: 2, total: 5, onChange: onPage }}
      />,
    )
    await userEvent.click(screen.getByTitle('Trang Kế'))
    expect(onPage).toHaveBeenCalledWith(2, 2)
  })
})
