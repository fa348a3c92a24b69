import type { TextareaHTMLAttributes } from 'react';
import './text-area-field.css';
import { FieldError } from './FieldError';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optionalLabel?: string;
}

/** KERN textarea with label, hint and error wired up via aria-describedby. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  optionalLabel,
  ...rest
}: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {!required && optionalLabel ? <span className="kern-label__optional"> – {optionalLabel}</span> : null}
      </label>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error && errorId ? <FieldError id={errorId} message={error} /> : null}
      <textarea
        id={id}
        className={`kern-form-input__input app-textarea${error ? ' kern-form-input__input--error' : ''}`}
        rows={3}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...rest}
      />
    </div>
  );
}
