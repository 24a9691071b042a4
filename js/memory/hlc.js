// Hybrid logical clock (Kulkarni et al., 2014): timestamps that follow wall time but never
// go backwards and order every write of a device, even when the clock steps back. Rendered
// as sortable text: wall (base36, 9 digits) ':' counter (base36, 4) ':' device id.
export class HybridClock {
  #wall = 0;
  #counter = 0;

  constructor(deviceId, now = () => Date.now()) {
    this.deviceId = deviceId;
    this.now = now;
  }

  /** The timestamp of a local event. */
  tick() {
    const physical = this.now();
    if (physical > this.#wall) {
      this.#wall = physical;
      this.#counter = 0;
    } else {
      this.#counter++;
    }
    return this.#format();
  }

  /** Merges a timestamp seen from another device (sync), then ticks. */
  receive(timestamp) {
    const [wall36, counter36] = String(timestamp).split(':');
    const wall = parseInt(wall36, 36);
    const counter = parseInt(counter36, 36);
    if (!Number.isFinite(wall) || !Number.isFinite(counter)) return this.tick();
    const physical = this.now();
    const max = Math.max(physical, this.#wall, wall);
    if (max === this.#wall && max === wall) this.#counter = Math.max(this.#counter, counter) + 1;
    else if (max === this.#wall) this.#counter++;
    else if (max === wall) this.#counter = counter + 1;
    else this.#counter = 0;
    this.#wall = max;
    return this.#format();
  }

  #format() {
    return `${this.#wall.toString(36).padStart(9, '0')}:${this.#counter.toString(36).padStart(4, '0')}:${this.deviceId}`;
  }
}
