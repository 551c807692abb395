import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderWithProviders } from '@/test/render'
import { DuplicateTag } from './QuotaAttendeeList'

describe('the duplicate tag', () => {
  it('names the attendees a row pairs with, and mutes the pairs kept as two people', () => {
    renderWithProviders(
      <DuplicateTag attendee={{ duplicateOfId: 41, duplicates: [{ attendeeId: 41, keptBoth: false }, { attendeeId: 52, keptBoth: true }] }} />,
    )
    expect(screen.getByTestId('duplicate-tag')).toHaveTextContent('có thể trùng với #41')
    expect(screen.getByTestId('duplicate-tag')).not.toHaveTextContent('#52')
    expect(screen.getByTestId('duplicate-kept-tag')).toHaveTextContent('đã giữ cả hai')
  })

  it('shows only the muted tag once every pair is kept, and nothing without pairs', () => {
    const { rerender } = renderWithProviders(<DuplicateTag attendee={{ duplicates: [{ attendeeId: 52, keptBoth: true }] }} />)
    expect(screen.queryByTestId('duplicate-tag')).not.toBeInTheDocument()
    expect(screen.getByTestId('duplicate-kept-tag')).toBeInTheDocument()
    rerender(<DuplicateTag attendee={{ duplicates: [] }} />)
    expect(screen.queryByTestId('duplicate-kept-tag')).not.toBeInTheDocument()
  })
})
