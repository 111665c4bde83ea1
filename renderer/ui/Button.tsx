import type { ButtonHTMLAttributes, Ref } from 'react';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** primary: the one next step on a screen; secondary: everything else; link: a quiet switch of mode. */
  variant?: 'primary' | 'secondary' | 'link';
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'secondary', type = 'button', className, ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`button button--${variant}${className ? ` ${className}` : ''}`}
      {...props}
    />
  );
}
