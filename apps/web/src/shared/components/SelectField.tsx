import type { ReactNode, SelectHTMLAttributes } from 'react';
import '@/features/search/components/filters.css';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  id: string;
  label: string;
  children: ReactNode;
}

/** KERN select with its label (the features of this folder use it for filters). */
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
