import type { ReactNode, SelectHTMLAttributes } from 'react';
import './filters.css';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  children: ReactNode;
}

/** KERN select with its label, as the filter rows (filters.css) of search, Land queue, my questions and the directory use it. */
export function SelectField({ id, label, children, ...rest }: SelectFieldProps) {
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      <div className="kern-form-input__select-wrapper">
        <select id={id} className="kern-form-input__select" {...rest}>
          {children}
        </select>
      </div>
    </div>
  );
}
