// Exits 0 when a TCP server answers at HOST PORT within a second, 1 otherwise.
import { connect } from 'node:net';

const [host = '127.0.0.1', port = '5432'] = process.argv.slice(2);
const socket = connect({ host, port: Number(port), timeout: 1000 });
socket.once('connect', () => {
  socket.destroy();
  process.exit(0);
});
socket.once('timeout', () => process.exit(1));
socket.once('error', () => process.exit(1));
