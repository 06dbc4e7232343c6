// Catches an error in a part of the page so the rest (the controls above all) keeps working:
// a Dutch notice with what went wrong and a way back to the default view.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in the notice: "De kaart", "Het zijpaneel". */
  what: string;
  /** Cover the map area (the map) instead of standing in the flow of a panel. */
  overlay?: boolean;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.what} kon niet worden getoond:`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className={this.props.overlay ? 'map-error' : 'boundary-error'} role="alert">
        <p>
          <strong>{this.props.what} kon niet worden getoond.</strong> Er ging iets mis met deze weergave (
          {this.state.error.message}). De kaartinstellingen werken nog: kies een andere weergave of ga terug naar de
          standaardweergave.
        </p>
        <button type="button" onClick={() => window.location.assign(window.location.pathname)}>
          Standaardweergave
        </button>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Opnieuw proberen
        </button>
      </div>
    );
  }
}
