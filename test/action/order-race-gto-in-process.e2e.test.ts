import { orderRace } from '../helpers/order-race.js'

orderRace('gto', 'in process')
