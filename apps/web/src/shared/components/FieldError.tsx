import { Icon } from './Icon';

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p className="kern-error" id={id}>
      <Icon name="error" size="small" />
      <span className="kern-body">{message}</span>
    </p>
  );
}
