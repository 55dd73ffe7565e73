/** One column of a VirtualTable: its header and how a row shows in it. */
export interface VirtualColumn<R> {
  readonly key: string;
  readonly label: string;
  readonly value: (row: R) => string;
  readonly align?: 'start' | 'end';
}
