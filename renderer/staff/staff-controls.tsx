/** Large touch controls for the staff panel: a radio group and a switch, both native inputs with labels. */
import './staff-controls.css';
import type { ReactNode } from 'react';

export interface Choice<T extends string | number> {
  value: T;
  label: string;
  lang?: string;
}

export function ChoiceGroup<T extends string | number>({ legend, name, choices, value, onChange }: { legend: string; name: string; choices: Choice<T>[]; value: T; onChange: (value: T) => void }) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      <div className="choice-group__options">
        {choices.map((choice) => (
          <label key={String(choice.value)} className="choice" lang={choice.lang}>
            <input type="radio" name={name} checked={choice.value === value} onChange={() => onChange(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Toggle({ label, checked, onChange, lang }: { label: string; checked: boolean; onChange: (checked: boolean) => void; lang?: string }) {
  return (
    <label className="choice choice--toggle" lang={lang}>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="staff-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}
