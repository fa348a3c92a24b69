import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldError } from './FieldError';
import './filters.css';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  children: ReactNode;
  /** A message under the label, tied to the select by aria-describedby (forms; filters have none). */
  error?: string;
}

/** KERN select with its label, as the filter rows (filters.css) of search, Land queue, my questions and the directory use it. */
export function SelectField({ id, label, children, error, ...rest }: SelectFieldProps) {
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {error && errorId ? <FieldError id={errorId} message={error} /> : null}
      <div className="kern-form-input__select-wrapper">
        <select
          id={id}
          className="kern-form-input__select"
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          {...rest}
        >
          {children}
        </select>
      </div>
    </div>
  );
}
