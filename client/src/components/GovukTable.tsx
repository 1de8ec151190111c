import type { HTMLAttributes, ReactNode, TdHTMLAttributes } from 'react';

export interface Column {
  label: string;
  numeric?: boolean;
  /** For a column of links or buttons: the header is read by screen readers only. */
  visuallyHidden?: boolean;
}

interface Props {
  /** Shown as a medium heading above the table, or read by screen readers only. */
  caption: ReactNode;
  captionStyle: 'medium' | 'hidden';
  /** Announce caption changes (a count that follows a filter). */
  captionLive?: boolean;
  columns: (string | Column)[];
  className?: string;
  testId?: string;
  /** The body rows, each a <tr className="govuk-table__row"> (see Row and Cell). */
  children: ReactNode;
}

const CAPTION_CLASS = {
  medium: 'govuk-table__caption govuk-table__caption--m',
  hidden: 'govuk-table__caption govuk-visually-hidden',
};

/** A GOV.UK table: caption, one header row of column headers, then the given body rows. */
export function GovukTable({ caption, captionStyle, captionLive, columns, className, testId, children }: Props) {
  return (
    <table className={className ? `govuk-table ${className}` : 'govuk-table'} data-testid={testId}>
      <caption className={CAPTION_CLASS[captionStyle]} aria-live={captionLive ? 'polite' : undefined}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => {
            const { label, numeric, visuallyHidden } = typeof column === 'string' ? { label: column } : column;
            return (
              <th key={label} scope="col" className={numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'}>
                {visuallyHidden ? <span className="govuk-visually-hidden">{label}</span> : label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

/** A body row; `overdue` marks it with the overdue highlight. */
export function Row({ overdue, className, ...rest }: HTMLAttributes<HTMLTableRowElement> & { overdue?: boolean }) {
  const classes = ['govuk-table__row', overdue && 'roundtable-row--overdue', className].filter(Boolean).join(' ');
  return <tr className={classes} {...rest} />;
}

/** A body cell; numeric cells align right. */
export function Cell({ numeric, className, ...rest }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  const classes = ['govuk-table__cell', numeric && 'govuk-table__cell--numeric', className].filter(Boolean).join(' ');
  return <td className={classes} {...rest} />;
}
