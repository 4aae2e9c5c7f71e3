/** Defines `<initiative-bridge>`. */
import { InitiativeBridge } from './elements/initiative-bridge/initiative-bridge.js';

InitiativeBridge.define();

export { InitiativeBridge };
