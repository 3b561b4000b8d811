#pragma once
namespace beta {
/** alpha's value, doubled. */
int value();
}
