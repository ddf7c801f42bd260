import { orderRace } from '../helpers/order-race.js'

orderRace('branch', 'processes')
