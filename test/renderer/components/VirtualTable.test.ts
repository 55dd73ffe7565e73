import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import VirtualTable from '../../../renderer/components/VirtualTable.vue';
import type { VirtualColumn } from '../../../renderer/components/virtual-table';

interface Row {
  readonly n: number;
}
const rows: Row[] = Array.from({ length: 5_000 }, (_, i) => ({ n: i + 1 }));
const columns: VirtualColumn<Row>[] = [
  { key: 'n', label: 'Número', value: (r) => `Fila ${r.n}` },
  { key: 'double', label: 'Doble', value: (r) => String(r.n * 2), align: 'end' },
];

function mountTable() {
  return mount(VirtualTable, {
    // mount() cannot infer a generic component's type parameter.
    props: {
      rows,
      columns: columns as unknown as VirtualColumn<unknown>[],
      label: 'Movimientos',
      rowHeight: 50,
      height: 500,
      overscan: 5,
    },
    attachTo: document.body,
  });
}

const bodyRows = (wrapper: ReturnType<typeof mountTable>) => wrapper.findAll('.vtable__body [role="row"]');

describe('VirtualTable', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps only a window of rows in the DOM and tells the total', () => {
    const wrapper = mountTable();
    const table = wrapper.get('[role="table"]');
    expect(table.attributes('data-rows')).toBe('5000');
    expect(table.attributes('aria-rowcount')).toBe('5001');
    expect(table.attributes('tabindex')).toBe('0');
    const shown = bodyRows(wrapper);
    // 500 px / 50 px = 10 in view, + 1 partial, + 5 below.
    expect(shown.length).toBeGreaterThanOrEqual(10);
    expect(shown.length).toBeLessThan(30);
    expect(shown[0]?.text()).toContain('Fila 1');
    expect(shown[0]?.attributes('aria-rowindex')).toBe('2');
    expect(wrapper.text()).not.toContain('Fila 100');
    // The body is as tall as every row, so the scrollbar is right.
    expect(wrapper.get('.vtable__body').attributes('style')).toContain('height: 250000px');
  });

  it('shows the rows at the scroll position, placed by row height', async () => {
    const wrapper = mountTable();
    const table = wrapper.get('[role="table"]');
    // Header (50 px) + 2000 rows.
    (table.element as HTMLElement).scrollTop = 50 + 2_000 * 50;
    await table.trigger('scroll');
    const shown = bodyRows(wrapper);
    const texts = shown.map((r) => r.text());
    expect(texts.some((t) => t.includes('Fila 2001'))).toBe(true);
    expect(texts.some((t) => t.includes('Fila 1 '))).toBe(false);
    expect(shown.length).toBeLessThan(30);
    const first = shown.find((r) => r.text().includes('Fila 2001'));
    expect(first?.attributes('aria-rowindex')).toBe('2002');
    expect(first?.attributes('style')).toContain('translateY(100000px)');
  });

  it('reaches the last row at the end', async () => {
    const wrapper = mountTable();
    const table = wrapper.get('[role="table"]');
    (table.element as HTMLElement).scrollTop = 50 + 5_000 * 50 - 500;
    await table.trigger('scroll');
    const texts = bodyRows(wrapper).map((r) => r.text());
    expect(texts.at(-1)).toContain('Fila 5000');
    expect(texts.at(-1)).toContain('10000');
  });
});
