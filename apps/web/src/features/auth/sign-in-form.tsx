import { type LoginRequest, loginRequestSchema, type User } from '@cps/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '../../api/http';
import { Alert } from '../../ui/alert';
import { TextField } from '../../ui/text-field';
import { releaseLocalCopies } from '../intake/local-copy';
import { login } from './auth.api';

type SignInFormProps = { onSignedIn: (user: User) => void };

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LoginRequest>({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      const user = await login(values);
      // Copies held in this tab since the session ended are this worker's again, or nobody's.
      releaseLocalCopies(user.id);
      onSignedIn(user);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setServerError('Sign in failed. Try again.');
        return;
      }
      for (const issue of error.issues) {
        if (issue.path === 'email' || issue.path === 'password') {
          setError(issue.path, { message: issue.message });
        }
      }
      setServerError(error.message);
    }
  });

  return (
    <form className="usa-form usa-form--large" onSubmit={onSubmit} noValidate>
      {serverError && <Alert type="error">{serverError}</Alert>}
      <fieldset className="usa-fieldset">
        <legend className="usa-sr-only">Your account</legend>
        <TextField
          id="email"
          label="Email address"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.email?.message}
          {...register('email')}
        />
        <TextField
          id="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <button type="submit" className="usa-button" disabled={isSubmitting}>
          {isSubmitting ? 'Signing in…' : 'Sign in'}
        </button>
      </fieldset>
    </form>
  );
}
