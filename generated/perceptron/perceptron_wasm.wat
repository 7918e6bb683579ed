(module
 (type $0 (func))
 (memory $0 1 1)
 (export "memory" (memory $0))
 (export "perceptron" (func $perceptron))
 (func $k0_unit_matmul_add_compare_3more_gemm
  (local $0 v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (loop $k4
   (local.set $0
    (f32x4.add
     (local.get $0)
     (f32x4.mul
      (v128.load32_splat offset=32
       (local.get $4)
      )
      (local.tee $3
       (v128.load32_zero
        (local.get $5)
       )
      )
     )
    )
   )
   (local.set $1
    (f32x4.add
     (local.get $1)
     (f32x4.mul
      (v128.load32_splat offset=40
       (local.get $4)
      )
      (local.get $3)
     )
    )
   )
   (local.set $2
    (f32x4.add
     (local.get $2)
     (f32x4.mul
      (v128.load32_splat offset=48
       (local.get $4)
      )
      (local.get $3)
     )
    )
   )
   (local.set $6
    (f32x4.add
     (local.get $6)
     (f32x4.mul
      (v128.load32_splat offset=56
       (local.get $4)
      )
      (local.get $3)
     )
    )
   )
   (local.set $4
    (i32.add
     (local.get $4)
     (i32.const 4)
    )
   )
   (br_if $k4
    (i32.ne
     (local.tee $5
      (i32.add
       (local.get $5)
       (i32.const 4)
      )
     )
     (i32.const 8)
    )
   )
  )
  (local.set $7
   (f32x4.mul
    (f32x4.sub
     (local.tee $3
      (v128.and
       (f32x4.gt
        (local.tee $0
         (f32x4.add
          (local.get $0)
          (v128.load32_splat offset=16
           (i32.const 0)
          )
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
     )
     (v128.load align=4
      (i32.const 64)
     )
    )
    (local.get $0)
   )
  )
  (v128.store32_lane offset=80 0
   (i32.const 0)
   (local.get $0)
  )
  (v128.store32_lane offset=96 0
   (i32.const 0)
   (local.get $3)
  )
  (v128.store32_lane offset=112 0
   (i32.const 0)
   (local.get $7)
  )
  (local.set $3
   (f32x4.mul
    (f32x4.sub
     (local.tee $1
      (v128.and
       (f32x4.gt
        (local.tee $0
         (f32x4.add
          (local.get $1)
          (v128.load32_splat offset=16
           (i32.const 0)
          )
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
     )
     (v128.load align=4
      (i32.const 68)
     )
    )
    (local.get $0)
   )
  )
  (v128.store32_lane offset=80 0
   (i32.const 4)
   (local.get $0)
  )
  (v128.store32_lane offset=96 0
   (i32.const 4)
   (local.get $1)
  )
  (v128.store32_lane offset=116 0
   (i32.const 0)
   (local.get $3)
  )
  (local.set $2
   (f32x4.mul
    (f32x4.sub
     (local.tee $1
      (v128.and
       (f32x4.gt
        (local.tee $0
         (f32x4.add
          (local.get $2)
          (v128.load32_splat offset=16
           (i32.const 0)
          )
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
     )
     (v128.load align=4
      (i32.const 72)
     )
    )
    (local.get $0)
   )
  )
  (v128.store32_lane offset=80 0
   (i32.const 8)
   (local.get $0)
  )
  (v128.store32_lane offset=96 0
   (i32.const 8)
   (local.get $1)
  )
  (v128.store32_lane offset=120 0
   (i32.const 0)
   (local.get $2)
  )
  (local.set $2
   (f32x4.mul
    (f32x4.sub
     (local.tee $1
      (v128.and
       (f32x4.gt
        (local.tee $0
         (f32x4.add
          (local.get $6)
          (v128.load32_splat offset=16
           (i32.const 0)
          )
         )
        )
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
      )
     )
     (v128.load align=4
      (i32.const 76)
     )
    )
    (local.get $0)
   )
  )
  (v128.store32_lane offset=80 0
   (i32.const 12)
   (local.get $0)
  )
  (v128.store32_lane offset=96 0
   (i32.const 12)
   (local.get $1)
  )
  (v128.store32_lane offset=124 0
   (i32.const 0)
   (local.get $2)
  )
 )
 (func $k1_reduceSum_div
  (local $0 f32)
  (local $1 i32)
  (loop $for0
   (local.set $0
    (f32.add
     (local.get $0)
     (f32.load offset=112
      (i32.shl
       (local.get $1)
       (i32.const 2)
      )
     )
    )
   )
   (br_if $for0
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 4)
    )
   )
  )
  (f32.store
   (i32.const 32)
   (f32.mul
    (local.get $0)
    (f32.const 0.25)
   )
  )
 )
 (func $perceptron
  (call $k0_unit_matmul_add_compare_3more_gemm)
  (call $k1_reduceSum_div)
 )
)
