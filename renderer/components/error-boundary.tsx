/** Catches a render error anywhere below it and shows the error screen instead of a blank page. */
import { Component, type ReactNode } from 'react';
import { ErrorScreen } from '../screens/error-screen';

interface State {
  message: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: Error): State {
    return { message: error.message };
  }

  override componentDidCatch(error: Error): void {
    console.error('Kiosk screen failed to render', error);
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return <ErrorScreen error={{ code: 'internal', message: this.state.message }} onRetry={() => window.location.reload()} />;
  }
}
