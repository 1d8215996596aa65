import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import { MonthYearField } from './MonthYearField';

function Harness({ initial, onChange }: { initial: string | null; onChange: (value: string | null) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <MonthYearField
        legend="Date"
        suffix=", award 1"
        value={value}
        path="awards[0].date"
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
      <button type="button" onClick={() => setValue('2020')}>
        Outside change
      </button>
    </>
  );
}

describe('MonthYearField', () => {
  it('shows a day-precise date by month and year, keeps it untouched, and drops the day once changed', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness initial="2022-05-17" onChange={onChange} />);
    const month = screen.getByRole('combobox', { name: 'Month, award 1' });
    const year = screen.getByRole('spinbutton', { name: 'Year, award 1' });
    expect(month).toHaveDisplayValue('May');
    expect(year).toHaveValue(2022);
    expect(onChange).not.toHaveBeenCalled();

    await user.selectOptions(month, 'June');
    expect(onChange).toHaveBeenLastCalledWith('2022-06');
    await user.selectOptions(month, '—');
    expect(onChange).toHaveBeenLastCalledWith('2022');
  });

  it('writes only a whole year, clears to null, and follows outside changes', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<Harness initial={null} onChange={onChange} />);
    const year = screen.getByRole('spinbutton', { name: 'Year, award 1' });

    await user.type(year, '19');
    expect(onChange).not.toHaveBeenCalled();
    expect(year).toHaveAccessibleDescription('Enter a year from 1900 to 2100.');
    await user.type(year, '99');
    expect(onChange).toHaveBeenLastCalledWith('1999');
    await user.clear(year);
    expect(onChange).toHaveBeenLastCalledWith(null);

    await user.click(screen.getByRole('button', { name: 'Outside change' }));
    expect(year).toHaveValue(2020);
  });
});
